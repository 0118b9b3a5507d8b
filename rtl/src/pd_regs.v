// SPDX-License-Identifier: MIT
// Language: Verilog 2001

`resetall
`timescale 1ns / 1ps
`default_nettype none

`include "pd_hw.vh"

/*
 * pd_regs - the BAR0 register file of pd_hw.h: global, window and queue registers, doorbells.
 *
 * Register port: a write (wr_en) takes effect at the clock edge; a read
 * (rd_en) returns rdata with rvalid one cycle later.  Offsets not 8-byte
 * aligned, outside the map, of windows >= NUM_WINDOWS or queues >= NUM_QUEUES
 * read 0 and ignore writes (soft device rule S1).  Doorbells are range checked
 * against the LOG2 size at the time of the write; LOG2 sizes are clamped when
 * written.  CTRL.reset performs the reset of pd_hw.h, then CTRL.enable takes
 * bit 0 of the same value, and soft_reset pulses for one cycle to flush the
 * datapath.
 */
module pd_regs #(
    parameter NUM_QUEUES = 8,      // queues (1..256)
    parameter NUM_WINDOWS = 8,     // windows (1..64)
    parameter LOG_Q_MIN = `PD_Q_LOG2_MIN, // smallest queue (log2 entries)
    parameter LOG_Q_MAX = `PD_Q_LOG2_MAX, // largest queue (log2 entries, <= 16)
    parameter QUEUE_INDEX_WIDTH = NUM_QUEUES > 1 ? $clog2(NUM_QUEUES) : 1 // width of a queue number
) (
    input  wire                           clk,
    input  wire                           rst,

    // register port
    input  wire [31:0]                    s_reg_addr,
    input  wire                           s_reg_wr_en,
    input  wire [63:0]                    s_reg_wr_data,
    input  wire                           s_reg_rd_en,
    output reg  [63:0]                    s_reg_rd_data,
    output reg                            s_reg_rd_valid,

    // global state
    output wire                           ctrl_enable,
    output wire                           soft_reset,   // one-cycle pulse
    output wire [15:0]                    irq_count,
    output wire [15:0]                    irq_usec,
    input  wire                           fatal_set,

    // windows
    output wire [NUM_WINDOWS*64-1:0]      win_base,
    output wire [NUM_WINDOWS*64-1:0]      win_size,
    output wire [NUM_WINDOWS-1:0]         win_enable,

    // queues
    output wire [NUM_QUEUES*64-1:0]       q_sq_base,
    output wire [NUM_QUEUES*5-1:0]        q_sq_log2,
    output wire [NUM_QUEUES*64-1:0]       q_cq_base,
    output wire [NUM_QUEUES*5-1:0]        q_cq_log2,
    output wire [NUM_QUEUES*16-1:0]       q_sq_tail,
    output wire [NUM_QUEUES*16-1:0]       q_cq_head,
    output wire [NUM_QUEUES*QUEUE_INDEX_WIDTH-1:0] q_vector,
    output wire [NUM_QUEUES-1:0]          q_enable,
    output wire [NUM_QUEUES-1:0]          q_init       // enable 0 -> 1 written this cycle
);

localparam LOG_WIN_STRIDE = $clog2(`PD_REG_WIN_STRIDE);
localparam LOG_Q_STRIDE = $clog2(`PD_REG_Q_STRIDE);
localparam [63:0] ID_VALUE = (`PD_HW_ABI_VERSION << 32) | `PD_HW_MAGIC;

initial begin
    if ((1 << LOG_WIN_STRIDE) != `PD_REG_WIN_STRIDE || (1 << LOG_Q_STRIDE) != `PD_REG_Q_STRIDE) begin
        $error("pd_regs: register strides must be powers of two");
        $finish;
    end
    if (NUM_WINDOWS < 1 || NUM_WINDOWS > `PD_HW_MAX_WINDOWS || NUM_QUEUES < 1 || NUM_QUEUES > 256) begin
        $error("pd_regs: NUM_WINDOWS must be 1..64 and NUM_QUEUES 1..256");
        $finish;
    end
    if (LOG_Q_MIN < 1 || LOG_Q_MAX > 16 || LOG_Q_MIN > LOG_Q_MAX) begin
        $error("pd_regs: need 1 <= LOG_Q_MIN <= LOG_Q_MAX <= 16");
        $finish;
    end
end

reg ctrl_enable_reg;
reg soft_reset_reg;
reg fatal_reg;
reg [31:0] irq_mod_reg;

reg [63:0] win_base_reg [0:NUM_WINDOWS-1];
reg [63:0] win_size_reg [0:NUM_WINDOWS-1];
reg        win_enable_reg [0:NUM_WINDOWS-1];

reg [63:0] sq_base_reg [0:NUM_QUEUES-1];
reg [63:0] cq_base_reg [0:NUM_QUEUES-1];
reg [4:0]  sq_log2_reg [0:NUM_QUEUES-1];
reg [4:0]  cq_log2_reg [0:NUM_QUEUES-1];
reg [15:0] sq_tail_reg [0:NUM_QUEUES-1];
reg [15:0] cq_head_reg [0:NUM_QUEUES-1];
reg [QUEUE_INDEX_WIDTH-1:0] vector_reg [0:NUM_QUEUES-1];
reg        q_enable_reg [0:NUM_QUEUES-1];

assign ctrl_enable = ctrl_enable_reg;
assign soft_reset = soft_reset_reg;
assign irq_count = irq_mod_reg[`PD_IRQMOD_COUNT_SHIFT +: 16];
assign irq_usec = irq_mod_reg[`PD_IRQMOD_USEC_SHIFT +: 16];


// ---- address decode (shared by reads and writes) ----
wire        aligned = s_reg_addr[2:0] == 3'd0;
wire        in_win = s_reg_addr >= `PD_REG_WIN_BASE_OFF && s_reg_addr < `PD_REG_Q_BASE_OFF;
wire [31:0] win_rel = s_reg_addr - `PD_REG_WIN_BASE_OFF;
wire [31:0] win_idx = win_rel >> LOG_WIN_STRIDE;
wire [31:0] win_reg = win_rel & (`PD_REG_WIN_STRIDE - 1);
wire        win_hit = aligned && in_win && win_idx < NUM_WINDOWS;
wire        in_q = s_reg_addr >= `PD_REG_Q_BASE_OFF;
wire [31:0] q_rel = s_reg_addr - `PD_REG_Q_BASE_OFF;
wire [31:0] q_idx = q_rel >> LOG_Q_STRIDE;
wire [31:0] q_reg = q_rel & (`PD_REG_Q_STRIDE - 1);
wire        q_hit = aligned && in_q && q_idx < NUM_QUEUES;
wire [31:0] w_sel = win_hit ? win_idx : 0;
wire [31:0] q_sel = q_hit ? q_idx : 0;

genvar g;
generate
    for (g = 0; g < NUM_WINDOWS; g = g + 1) begin : win_out
        assign win_base[g*64 +: 64] = win_base_reg[g];
        assign win_size[g*64 +: 64] = win_size_reg[g];
        assign win_enable[g] = win_enable_reg[g];
    end
    for (g = 0; g < NUM_QUEUES; g = g + 1) begin : q_out
        assign q_sq_base[g*64 +: 64] = sq_base_reg[g];
        assign q_cq_base[g*64 +: 64] = cq_base_reg[g];
        assign q_sq_log2[g*5 +: 5] = sq_log2_reg[g];
        assign q_cq_log2[g*5 +: 5] = cq_log2_reg[g];
        assign q_sq_tail[g*16 +: 16] = sq_tail_reg[g];
        assign q_cq_head[g*16 +: 16] = cq_head_reg[g];
        assign q_vector[g*QUEUE_INDEX_WIDTH +: QUEUE_INDEX_WIDTH] = vector_reg[g];
        assign q_enable[g] = q_enable_reg[g];
        // combinational, so the SQ head and CQ tail reset at the same edge
        // as the enable: the fetcher never sees the old head with enable set
        assign q_init[g] = s_reg_wr_en && aligned && q_hit && q_reg == `PD_Q_CTRL && q_sel == g &&
                           (s_reg_wr_data & `PD_Q_CTRL_ENABLE) != 0 && !q_enable_reg[g];
    end
endgenerate

function [4:0] clamp_log2(input [63:0] v);
    begin
        if (v < LOG_Q_MIN)
            clamp_log2 = LOG_Q_MIN;
        else if (v > LOG_Q_MAX)
            clamp_log2 = LOG_Q_MAX;
        else
            clamp_log2 = v[4:0];
    end
endfunction

// ---- reads ----
always @(posedge clk) begin
    s_reg_rd_valid <= s_reg_rd_en;
    s_reg_rd_data <= 64'd0;
    if (s_reg_rd_en && aligned) begin
        if (s_reg_addr == `PD_REG_ID)
            s_reg_rd_data <= ID_VALUE;
        else if (s_reg_addr == `PD_REG_NUM_QUEUES)
            s_reg_rd_data <= NUM_QUEUES;
        else if (s_reg_addr == `PD_REG_CTRL)
            s_reg_rd_data <= ctrl_enable_reg ? `PD_CTRL_ENABLE : 64'd0;
        else if (s_reg_addr == `PD_REG_STATUS)
            s_reg_rd_data <= (ctrl_enable_reg ? `PD_STATUS_RUNNING : 64'd0) |
                             (fatal_reg ? `PD_STATUS_FATAL : 64'd0);
        else if (s_reg_addr == `PD_REG_IRQ_MODERATION)
            s_reg_rd_data <= {32'd0, irq_mod_reg};
        else if (s_reg_addr == `PD_REG_NUM_WINDOWS)
            s_reg_rd_data <= NUM_WINDOWS;
        else if (win_hit) begin
            if (win_reg == `PD_WIN_BASE)
                s_reg_rd_data <= win_base_reg[w_sel];
            else if (win_reg == `PD_WIN_SIZE)
                s_reg_rd_data <= win_size_reg[w_sel];
            else if (win_reg == `PD_WIN_CTRL)
                s_reg_rd_data <= win_enable_reg[w_sel] ? `PD_WIN_CTRL_ENABLE : 64'd0;
        end else if (q_hit) begin
            if (q_reg == `PD_Q_SQ_BASE)
                s_reg_rd_data <= sq_base_reg[q_sel];
            else if (q_reg == `PD_Q_SQ_LOG2_SIZE)
                s_reg_rd_data <= {59'd0, sq_log2_reg[q_sel]};
            else if (q_reg == `PD_Q_CQ_BASE)
                s_reg_rd_data <= cq_base_reg[q_sel];
            else if (q_reg == `PD_Q_CQ_LOG2_SIZE)
                s_reg_rd_data <= {59'd0, cq_log2_reg[q_sel]};
            else if (q_reg == `PD_Q_SQ_TAIL)
                s_reg_rd_data <= {48'd0, sq_tail_reg[q_sel]};
            else if (q_reg == `PD_Q_CQ_HEAD)
                s_reg_rd_data <= {48'd0, cq_head_reg[q_sel]};
            else if (q_reg == `PD_Q_IRQ_VECTOR)
                s_reg_rd_data <= vector_reg[q_sel];
            else if (q_reg == `PD_Q_CTRL)
                s_reg_rd_data <= q_enable_reg[q_sel] ? `PD_Q_CTRL_ENABLE : 64'd0;
        end
    end
    if (rst) begin
        s_reg_rd_valid <= 1'b0;
    end
end

// ---- writes ----
integer i;
wire wr_reset = s_reg_wr_en && aligned && s_reg_addr == `PD_REG_CTRL &&
                (s_reg_wr_data & `PD_CTRL_RESET) != 0;

always @(posedge clk) begin
    soft_reset_reg <= wr_reset;

    if (fatal_set)
        fatal_reg <= 1'b1;

    // CTRL.reset: every queue and window off, fatal, moderation and
    // pending interrupts (pd_irq, through soft_reset) cleared.
    if (wr_reset) begin
        fatal_reg <= 1'b0;
        irq_mod_reg <= 32'd0;
        for (i = 0; i < NUM_WINDOWS; i = i + 1)
            win_enable_reg[i] <= 1'b0;
        for (i = 0; i < NUM_QUEUES; i = i + 1)
            q_enable_reg[i] <= 1'b0;
    end

    if (s_reg_wr_en && aligned) begin
        if (s_reg_addr == `PD_REG_CTRL) begin
            ctrl_enable_reg <= (s_reg_wr_data & `PD_CTRL_ENABLE) != 0;
        end else if (s_reg_addr == `PD_REG_IRQ_MODERATION) begin
            irq_mod_reg <= s_reg_wr_data[31:0];
        end else if (win_hit) begin
            if (win_reg == `PD_WIN_BASE)
                win_base_reg[w_sel] <= s_reg_wr_data;
            else if (win_reg == `PD_WIN_SIZE)
                win_size_reg[w_sel] <= s_reg_wr_data;
            else if (win_reg == `PD_WIN_CTRL)
                win_enable_reg[w_sel] <= (s_reg_wr_data & `PD_WIN_CTRL_ENABLE) != 0;
        end else if (q_hit) begin
            if (q_reg == `PD_Q_SQ_BASE)
                sq_base_reg[q_sel] <= s_reg_wr_data;
            else if (q_reg == `PD_Q_SQ_LOG2_SIZE)
                sq_log2_reg[q_sel] <= clamp_log2(s_reg_wr_data);
            else if (q_reg == `PD_Q_CQ_BASE)
                cq_base_reg[q_sel] <= s_reg_wr_data;
            else if (q_reg == `PD_Q_CQ_LOG2_SIZE)
                cq_log2_reg[q_sel] <= clamp_log2(s_reg_wr_data);
            else if (q_reg == `PD_Q_SQ_TAIL) begin
                if ((s_reg_wr_data >> sq_log2_reg[q_sel]) == 64'd0)
                    sq_tail_reg[q_sel] <= s_reg_wr_data[15:0];
            end else if (q_reg == `PD_Q_CQ_HEAD) begin
                if ((s_reg_wr_data >> cq_log2_reg[q_sel]) == 64'd0)
                    cq_head_reg[q_sel] <= s_reg_wr_data[15:0];
            end else if (q_reg == `PD_Q_IRQ_VECTOR) begin
                if (s_reg_wr_data < NUM_QUEUES)
                    vector_reg[q_sel] <= s_reg_wr_data[QUEUE_INDEX_WIDTH-1:0];
            end else if (q_reg == `PD_Q_CTRL) begin
                // enable 0 -> 1 zeroes the doorbells here and, through
                // q_init, the SQ head, CQ tail, phase and stop mark.
                if ((s_reg_wr_data & `PD_Q_CTRL_ENABLE) != 0 && !q_enable_reg[q_sel]) begin
                    sq_tail_reg[q_sel] <= 16'd0;
                    cq_head_reg[q_sel] <= 16'd0;
                end
                q_enable_reg[q_sel] <= (s_reg_wr_data & `PD_Q_CTRL_ENABLE) != 0;
            end
        end
    end

    if (rst) begin
        ctrl_enable_reg <= 1'b0;
        soft_reset_reg <= 1'b0;
        fatal_reg <= 1'b0;
        irq_mod_reg <= 32'd0;
        for (i = 0; i < NUM_WINDOWS; i = i + 1) begin
            win_base_reg[i] <= 64'd0;
            win_size_reg[i] <= 64'd0;
            win_enable_reg[i] <= 1'b0;
        end
        for (i = 0; i < NUM_QUEUES; i = i + 1) begin
            sq_base_reg[i] <= 64'd0;
            cq_base_reg[i] <= 64'd0;
            sq_log2_reg[i] <= LOG_Q_MIN;
            cq_log2_reg[i] <= LOG_Q_MIN;
            sq_tail_reg[i] <= 16'd0;
            cq_head_reg[i] <= 16'd0;
            vector_reg[i] <= 0;
            q_enable_reg[i] <= 1'b0;
        end
    end
end

endmodule

`resetall
