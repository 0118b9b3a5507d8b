// SPDX-License-Identifier: MIT
// Language: Verilog 2001

`resetall
`timescale 1ns / 1ps
`default_nettype none

`include "pd_hw.vh"

/*
 * pd_decode - command decode, validation and dispatch to the copy engine and the CQE writer.
 *
 * Checks in the order of soft device rule S11(c): opcode (BAD_OPCODE),
 * length (BAD_LENGTH), source then destination window (DMA_FAULT).  Every
 * command goes to the writer (wcmd, in order); a COPY that passed also goes
 * to the read requester (rcmd) and the aligner (acmd), in the same cycle.
 * FENCE: a command with PD_SQE_F_FENCE waits until every command dispatched
 * before it has completed (its CQE written), so its reads see their writes.
 */
module pd_decode #(
    parameter NUM_QUEUES = 8,      // queues
    parameter NUM_WINDOWS = 8,     // windows
    parameter QUEUE_INDEX_WIDTH = NUM_QUEUES > 1 ? $clog2(NUM_QUEUES) : 1 // width of a queue number
) (
    input  wire                          clk,
    input  wire                          rst,

    input  wire [NUM_WINDOWS*64-1:0]     win_base,
    input  wire [NUM_WINDOWS*64-1:0]     win_size,
    input  wire [NUM_WINDOWS-1:0]        win_enable,

    // commands from pd_fetch
    input  wire                          s_cmd_valid,
    output wire                          s_cmd_ready,
    input  wire [QUEUE_INDEX_WIDTH-1:0]  s_cmd_queue,
    input  wire [15:0]                   s_cmd_sq_head,
    input  wire [8*`PD_SQE_BYTES-1:0]    s_cmd_sqe,

    // to the writer: every command
    output wire                          m_wcmd_valid,
    input  wire                          m_wcmd_ready,
    output wire [QUEUE_INDEX_WIDTH-1:0]  m_wcmd_queue,
    output wire [15:0]                   m_wcmd_sq_head,
    output wire [63:0]                   m_wcmd_tag,
    output wire [15:0]                   m_wcmd_status,
    output wire                          m_wcmd_irq,
    output wire                          m_wcmd_copy,
    output wire [63:0]                   m_wcmd_dst,
    output wire [24:0]                   m_wcmd_len,

    // to the read requester: copies
    output wire                          m_rcmd_valid,
    input  wire                          m_rcmd_ready,
    output wire [63:0]                   m_rcmd_src,
    output wire [24:0]                   m_rcmd_len,

    // to the aligner: copies
    output wire                          m_acmd_valid,
    input  wire                          m_acmd_ready,
    output wire [63:0]                   m_acmd_src,
    output wire [63:0]                   m_acmd_dst,
    output wire [24:0]                   m_acmd_len,

    // a command completed (pd_wr)
    input  wire                          cmpl_valid,

    output wire                          busy
);

wire [7:0]  opcode = s_cmd_sqe[8*`PD_SQE_OPCODE_OFF +: 8];
wire [7:0]  flags  = s_cmd_sqe[8*`PD_SQE_FLAGS_OFF +: 8];
wire [31:0] len    = s_cmd_sqe[8*`PD_SQE_LEN_OFF +: 32];
wire [63:0] src    = s_cmd_sqe[8*`PD_SQE_SRC_OFF +: 64];
wire [63:0] dst    = s_cmd_sqe[8*`PD_SQE_DST_OFF +: 64];
wire [63:0] tag    = s_cmd_sqe[8*`PD_SQE_TAG_OFF +: 64];

wire len_ok = len >= `PD_COPY_MIN_LEN && len <= `PD_COPY_MAX_LEN;
wire src_ok, dst_ok;

pd_win_check #(.NUM_WINDOWS(NUM_WINDOWS), .LEN_WIDTH(25)) src_check (
    .win_base(win_base), .win_size(win_size), .win_enable(win_enable),
    .addr(src), .len(len[24:0]), .ok(src_ok)
);
pd_win_check #(.NUM_WINDOWS(NUM_WINDOWS), .LEN_WIDTH(25)) dst_check (
    .win_base(win_base), .win_size(win_size), .win_enable(win_enable),
    .addr(dst), .len(len[24:0]), .ok(dst_ok)
);

reg [15:0] status;
always @* begin
    if (opcode == `PD_OP_NOP)
        status = `PD_ST_OK;
    else if (opcode != `PD_OP_COPY)
        status = `PD_ST_BAD_OPCODE;
    else if (!len_ok)
        status = `PD_ST_BAD_LENGTH;
    else if (!src_ok || !dst_ok)
        status = `PD_ST_DMA_FAULT;
    else
        status = `PD_ST_OK;
end

wire is_copy = opcode == `PD_OP_COPY && status == `PD_ST_OK;

// commands dispatched and not yet completed
reg [15:0] infl_reg;
wire fenced = (flags & `PD_SQE_F_FENCE) != 0 && infl_reg != 0;

wire go = s_cmd_valid && !fenced && m_wcmd_ready && (!is_copy || (m_rcmd_ready && m_acmd_ready));

assign s_cmd_ready = go;
assign m_wcmd_valid = go;
assign m_wcmd_queue = s_cmd_queue;
assign m_wcmd_sq_head = s_cmd_sq_head;
assign m_wcmd_tag = tag;
assign m_wcmd_status = status;
assign m_wcmd_irq = (flags & `PD_SQE_F_IRQ) != 0;
assign m_wcmd_copy = is_copy;
assign m_wcmd_dst = dst;
assign m_wcmd_len = len[24:0];
assign m_rcmd_valid = go && is_copy;
assign m_rcmd_src = src;
assign m_rcmd_len = len[24:0];
assign m_acmd_valid = go && is_copy;
assign m_acmd_src = src;
assign m_acmd_dst = dst;
assign m_acmd_len = len[24:0];
assign busy = infl_reg != 0;

always @(posedge clk) begin
    infl_reg <= infl_reg + (go ? 1'b1 : 1'b0) - (cmpl_valid ? 1'b1 : 1'b0);
    if (rst)
        infl_reg <= 16'd0;
end

endmodule

`resetall
