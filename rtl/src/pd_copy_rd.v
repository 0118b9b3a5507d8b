// SPDX-License-Identifier: MIT
// Language: Verilog 2001

`resetall
`timescale 1ns / 1ps
`default_nettype none

/*
 * pd_copy_rd - copy engine read side: splits a source range into DMA read requests.
 *
 * Requests are at most 4 KiB and never cross a 4 KiB boundary.  A request
 * issues only when the data FIFO has room for all of its beats counting
 * every beat already requested (credits), so responses never back up and
 * several reads stay in flight (FIFO depth / 64 requests of 4 KiB).
 */
module pd_copy_rd #(
    parameter DATA_WIDTH = 512,   // DMA data width (bits)
    parameter LOG_FIFO_DEPTH = 8, // log2 of the data FIFO depth (beats)
    parameter TAG_WIDTH = 8       // DMA tag width (MSB clear: copy data)
) (
    input  wire                  clk,
    input  wire                  rst,

    input  wire                  s_cmd_valid,
    output wire                  s_cmd_ready,
    input  wire [63:0]           s_cmd_src,
    input  wire [24:0]           s_cmd_len,

    output reg                   m_rd_req_valid,
    input  wire                  m_rd_req_ready,
    output reg  [63:0]           m_rd_req_addr,
    output reg  [12:0]           m_rd_req_len,
    output reg  [TAG_WIDTH-1:0]  m_rd_req_tag,

    // one beat left the data FIFO
    input  wire                  fifo_pop,

    output wire                  busy
);

localparam BYTES = DATA_WIDTH / 8;
localparam BO = $clog2(BYTES);
localparam DEPTH = 1 << LOG_FIFO_DEPTH;

initial begin
    if (DEPTH * BYTES < 4096) begin
        $error("pd_copy_rd: the data FIFO must hold at least one 4 KiB request");
        $finish;
    end
end

reg active_reg, active_next;
reg [63:0] addr_reg, addr_next;
reg [24:0] rem_reg, rem_next;
reg [LOG_FIFO_DEPTH:0] reserved_reg, reserved_next;  // beats requested and not yet popped
reg [TAG_WIDTH-2:0] seq_reg, seq_next;
reg req_valid_next;
reg [63:0] req_addr_next;
reg [12:0] req_len_next;
reg [TAG_WIDTH-1:0] req_tag_next;

wire [12:0] to_boundary = 13'd4096 - {1'b0, addr_reg[11:0]};
wire [12:0] chunk = (rem_reg < to_boundary) ? rem_reg[12:0] : to_boundary;
wire [13:0] chunk_beats = ({1'b0, {13-BO{1'b0}}, addr_reg[BO-1:0]} + chunk + BYTES - 1) >> BO;
wire [LOG_FIFO_DEPTH+1:0] room = DEPTH - reserved_reg;
wire issue = active_reg && (!m_rd_req_valid || m_rd_req_ready) && room >= chunk_beats;

assign s_cmd_ready = !active_reg;
assign busy = active_reg || reserved_reg != 0 || m_rd_req_valid;

always @* begin
    active_next = active_reg;
    addr_next = addr_reg;
    rem_next = rem_reg;
    seq_next = seq_reg;
    req_valid_next = m_rd_req_valid && !m_rd_req_ready;
    req_addr_next = m_rd_req_addr;
    req_len_next = m_rd_req_len;
    req_tag_next = m_rd_req_tag;
    reserved_next = reserved_reg + (issue ? chunk_beats[LOG_FIFO_DEPTH:0] : 0) - (fifo_pop ? 1'b1 : 1'b0);

    if (issue) begin
        req_valid_next = 1'b1;
        req_addr_next = addr_reg;
        req_len_next = chunk;
        req_tag_next = {1'b0, seq_reg};
        seq_next = seq_reg + 1'b1;
        addr_next = addr_reg + chunk;
        rem_next = rem_reg - chunk;
        if (rem_reg == {12'd0, chunk})
            active_next = 1'b0;
    end
    if (s_cmd_valid && !active_reg) begin
        active_next = 1'b1;
        addr_next = s_cmd_src;
        rem_next = s_cmd_len;
    end
end

always @(posedge clk) begin
    active_reg <= active_next;
    addr_reg <= addr_next;
    rem_reg <= rem_next;
    reserved_reg <= reserved_next;
    seq_reg <= seq_next;
    m_rd_req_valid <= req_valid_next;
    m_rd_req_addr <= req_addr_next;
    m_rd_req_len <= req_len_next;
    m_rd_req_tag <= req_tag_next;

    if (rst) begin
        active_reg <= 1'b0;
        m_rd_req_valid <= 1'b0;
        reserved_reg <= 0;
        seq_reg <= 0;
    end
end

endmodule

`resetall
