// SPDX-License-Identifier: MIT
// Language: Verilog 2001

`resetall
`timescale 1ns / 1ps
`default_nettype none

/*
 * pd_align - copy engine realigner: source-aligned beats in, destination-aligned beats with byte strobes out.
 *
 * The source beats of one copy are the DATA_WIDTH-aligned blocks covering
 * [src, src + len); the output beats are the blocks covering [dst, dst + len).
 * With so = src mod B, do = dst mod B (B bytes per beat), output block m is
 * {s[m+lead], s[m+lead-1]} >> 8*((so - do) mod B), lead = (so >= do): one
 * source block is primed first when lead is set, a missing block reads as 0.
 * One output beat per cycle; one idle cycle between commands (+1 to prime).
 */
module pd_align #(
    parameter DATA_WIDTH = 512  // DMA data width (bits)
) (
    input  wire                    clk,
    input  wire                    rst,

    input  wire                    s_cmd_valid,
    output wire                    s_cmd_ready,
    input  wire [63:0]             s_cmd_src,
    input  wire [63:0]             s_cmd_dst,
    input  wire [24:0]             s_cmd_len,

    // source beats (data FIFO)
    input  wire                    s_valid,
    output wire                    s_ready,
    input  wire [DATA_WIDTH-1:0]   s_data,

    // destination beats
    output wire                    m_valid,
    input  wire                    m_ready,
    output wire [DATA_WIDTH-1:0]   m_data,
    output wire [DATA_WIDTH/8-1:0] m_strb,
    output wire                    m_last    // last beat of this copy
);

localparam BYTES = DATA_WIDTH / 8;
localparam BO = $clog2(BYTES);

reg active_reg, active_next;
reg prime_reg, prime_next;          // one source block to load before the first output
reg [DATA_WIDTH-1:0] prev_reg, prev_next;
reg [BO-1:0] shift_reg, shift_next;
reg [25:0] src_left_reg, src_left_next;   // source blocks still to pop
reg [25:0] out_left_reg, out_left_next;   // destination blocks still to emit
reg first_reg, first_next;
reg [BYTES-1:0] first_mask_reg, first_mask_next, last_mask_reg, last_mask_next;

wire [BO-1:0] so = s_cmd_src[BO-1:0];
wire [BO-1:0] dof = s_cmd_dst[BO-1:0];
wire [25:0] n_src = ({1'b0, s_cmd_len} + so + BYTES - 1) >> BO;
wire [25:0] n_out = ({1'b0, s_cmd_len} + dof + BYTES - 1) >> BO;
wire [BO-1:0] end_off = dof + s_cmd_len[BO-1:0] - 1'b1; // (dst + len - 1) mod B
wire [BYTES-1:0] ones = {BYTES{1'b1}};

wire need_pop = src_left_reg != 0;
wire [DATA_WIDTH-1:0] cur = need_pop ? s_data : {DATA_WIDTH{1'b0}};
wire [2*DATA_WIDTH-1:0] pair = {cur, prev_reg};
wire [2*DATA_WIDTH-1:0] shifted = pair >> {shift_reg, 3'b000};
wire out_go = active_reg && !prime_reg && m_ready && (!need_pop || s_valid);
wire prime_go = active_reg && prime_reg && s_valid;

assign s_cmd_ready = !active_reg;
assign s_ready = prime_go || (out_go && need_pop);
assign m_valid = active_reg && !prime_reg && (!need_pop || s_valid);
assign m_data = shifted[DATA_WIDTH-1:0];
assign m_last = out_left_reg == 1;
assign m_strb = (first_reg ? first_mask_reg : ones) & (m_last ? last_mask_reg : ones);

always @* begin
    active_next = active_reg;
    prime_next = prime_reg;
    prev_next = prev_reg;
    shift_next = shift_reg;
    src_left_next = src_left_reg;
    out_left_next = out_left_reg;
    first_next = first_reg;
    first_mask_next = first_mask_reg;
    last_mask_next = last_mask_reg;

    if (prime_go) begin
        prev_next = s_data;
        src_left_next = src_left_reg - 1'b1;
        prime_next = 1'b0;
    end
    if (out_go) begin
        prev_next = cur;
        if (need_pop)
            src_left_next = src_left_reg - 1'b1;
        out_left_next = out_left_reg - 1'b1;
        first_next = 1'b0;
        if (out_left_reg == 1)
            active_next = 1'b0;
    end
    if (s_cmd_valid && !active_reg) begin
        active_next = 1'b1;
        prime_next = so >= dof;
        shift_next = so - dof;
        prev_next = {DATA_WIDTH{1'b0}};
        src_left_next = n_src;
        out_left_next = n_out;
        first_next = 1'b1;
        first_mask_next = ones << dof;
        last_mask_next = ones >> (BYTES - 1 - end_off);
    end
end

always @(posedge clk) begin
    active_reg <= active_next;
    prime_reg <= prime_next;
    prev_reg <= prev_next;
    shift_reg <= shift_next;
    src_left_reg <= src_left_next;
    out_left_reg <= out_left_next;
    first_reg <= first_next;
    first_mask_reg <= first_mask_next;
    last_mask_reg <= last_mask_next;

    if (rst) begin
        active_reg <= 1'b0;
        prime_reg <= 1'b0;
    end
end

endmodule

`resetall
