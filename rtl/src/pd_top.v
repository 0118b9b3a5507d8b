// SPDX-License-Identifier: MIT
// Language: Verilog 2001

`resetall
`timescale 1ns / 1ps
`default_nettype none

`include "pd_hw.vh"

/*
 * pd_top - the PD Stack device: registers, scheduler, SQE fetch, decode, copy engine, CQE writer, interrupts.
 *
 *   regs --cfg--> fetch --cmd--> decode --wcmd--------------------------> wr --> DMA write port
 *                   |              |--rcmd--> copy_rd --+                 ^
 *                   |              +--acmd--> align <---|-- data fifo <---+-- rd_mux <-- DMA read port
 *                   +------- SQE read requests ---------+---> rd_mux
 *
 * DMA read port: a request (addr, len <= 4096, tag) is answered by the beats
 * covering the DATA_WIDTH-aligned blocks of [addr, addr + len), in request
 * order, each with the request's tag; byte i of a beat is the byte at
 * block address + i.  DMA write port: a request (addr, len, tag), then its
 * beats on the data channel (same block layout, strb = bytes to write, last
 * on the final beat).  Both are valid/ready; writes are posted and in order.
 */
module pd_top #(
    parameter NUM_QUEUES = 8,          // queues (1..256); also the number of interrupt vectors
    parameter NUM_WINDOWS = 8,         // windows (1..64)
    parameter DATA_WIDTH = 512,        // DMA data width (bits: 256, 512, 1024)
    parameter LOG_Q_MIN = `PD_Q_LOG2_MIN, // smallest queue (log2 entries)
    parameter LOG_Q_MAX = `PD_Q_LOG2_MAX, // largest queue (log2 entries, <= 16)
    parameter LOG_FIFO_DEPTH = 8,      // log2 of the copy data FIFO depth (beats)
    parameter LOG_FETCH_SLOTS = 4,     // log2 of SQE fetches in flight
    parameter LOG_CMD_DEPTH = 5,       // log2 of decoded commands queued ahead of the copy engine
    parameter TAG_WIDTH = 8,           // DMA tag width
    parameter CYCLES_PER_USEC = 250,   // clock cycles per microsecond (interrupt timeout)
    parameter QUEUE_INDEX_WIDTH = NUM_QUEUES > 1 ? $clog2(NUM_QUEUES) : 1 // width of a queue number
) (
    input  wire                    clk,
    input  wire                    rst,

    // register port (BAR0)
    input  wire [31:0]             s_reg_addr,
    input  wire                    s_reg_wr_en,
    input  wire [63:0]             s_reg_wr_data,
    input  wire                    s_reg_rd_en,
    output wire [63:0]             s_reg_rd_data,
    output wire                    s_reg_rd_valid,

    // DMA read: requests
    output wire                    m_rd_req_valid,
    input  wire                    m_rd_req_ready,
    output wire [63:0]             m_rd_req_addr,
    output wire [12:0]             m_rd_req_len,
    output wire [TAG_WIDTH-1:0]    m_rd_req_tag,
    // DMA read: response beats
    input  wire                    s_rd_rsp_valid,
    output wire                    s_rd_rsp_ready,
    input  wire [DATA_WIDTH-1:0]   s_rd_rsp_data,
    input  wire [TAG_WIDTH-1:0]    s_rd_rsp_tag,

    // DMA write: requests
    output wire                    m_wr_req_valid,
    input  wire                    m_wr_req_ready,
    output wire [63:0]             m_wr_req_addr,
    output wire [12:0]             m_wr_req_len,
    output wire [TAG_WIDTH-1:0]    m_wr_req_tag,
    // DMA write: data beats
    output wire                    m_wr_dat_valid,
    input  wire                    m_wr_dat_ready,
    output wire [DATA_WIDTH-1:0]   m_wr_dat_data,
    output wire [DATA_WIDTH/8-1:0] m_wr_dat_strb,
    output wire                    m_wr_dat_last,

    // interrupts: one-cycle pulse per firing
    output wire [NUM_QUEUES-1:0]   irq,

    // a command completed (its CQE was written): one-cycle pulse
    output wire                    done,

    // work in progress (a host may stop clocking when low and no register is written)
    output wire                    busy
);

localparam QW = QUEUE_INDEX_WIDTH;
localparam BYTES = DATA_WIDTH / 8;

wire srst;
wire prst = rst || srst;   // datapath reset: power-on or CTRL.reset

// ---- registers ----
wire ctrl_enable;
wire [15:0] irq_count, irq_usec;
wire fatal_set;
wire [NUM_WINDOWS*64-1:0] win_base, win_size;
wire [NUM_WINDOWS-1:0] win_enable;
wire [NUM_QUEUES*64-1:0] q_sq_base, q_cq_base;
wire [NUM_QUEUES*5-1:0] q_sq_log2, q_cq_log2;
wire [NUM_QUEUES*16-1:0] q_sq_tail, q_cq_head, q_cq_tail;
wire [NUM_QUEUES*QW-1:0] q_vector;
wire [NUM_QUEUES-1:0] q_enable, q_init;

pd_regs #(
    .NUM_QUEUES(NUM_QUEUES), .NUM_WINDOWS(NUM_WINDOWS),
    .LOG_Q_MIN(LOG_Q_MIN), .LOG_Q_MAX(LOG_Q_MAX), .QUEUE_INDEX_WIDTH(QW)
) regs (
    .clk(clk), .rst(rst),
    .s_reg_addr(s_reg_addr), .s_reg_wr_en(s_reg_wr_en), .s_reg_wr_data(s_reg_wr_data),
    .s_reg_rd_en(s_reg_rd_en), .s_reg_rd_data(s_reg_rd_data), .s_reg_rd_valid(s_reg_rd_valid),
    .ctrl_enable(ctrl_enable), .soft_reset(srst), .irq_count(irq_count), .irq_usec(irq_usec),
    .fatal_set(fatal_set),
    .win_base(win_base), .win_size(win_size), .win_enable(win_enable),
    .q_sq_base(q_sq_base), .q_sq_log2(q_sq_log2), .q_cq_base(q_cq_base), .q_cq_log2(q_cq_log2),
    .q_sq_tail(q_sq_tail), .q_cq_head(q_cq_head), .q_vector(q_vector),
    .q_enable(q_enable), .q_init(q_init)
);

// ---- fetch ----
wire cmpl_valid, stop_valid;
wire [QW-1:0] cmpl_queue, stop_queue;
wire f_req_valid, f_req_ready;
wire [63:0] f_req_addr;
wire [12:0] f_req_len;
wire [TAG_WIDTH-1:0] f_req_tag;
wire f_rsp_valid, c_rsp_valid;
wire [DATA_WIDTH-1:0] rsp_data;
wire cmd_valid, cmd_ready;
wire [QW-1:0] cmd_queue;
wire [15:0] cmd_sq_head;
wire [8*`PD_SQE_BYTES-1:0] cmd_sqe;
wire fetch_busy;

pd_fetch #(
    .NUM_QUEUES(NUM_QUEUES), .NUM_WINDOWS(NUM_WINDOWS), .DATA_WIDTH(DATA_WIDTH),
    .LOG_FETCH_SLOTS(LOG_FETCH_SLOTS), .TAG_WIDTH(TAG_WIDTH), .QUEUE_INDEX_WIDTH(QW)
) fetch (
    .clk(clk), .rst(prst),
    .ctrl_enable(ctrl_enable), .win_base(win_base), .win_size(win_size), .win_enable(win_enable),
    .q_sq_base(q_sq_base), .q_sq_log2(q_sq_log2), .q_cq_base(q_cq_base), .q_cq_log2(q_cq_log2),
    .q_sq_tail(q_sq_tail), .q_cq_head(q_cq_head), .q_enable(q_enable), .q_init(q_init),
    .q_cq_tail(q_cq_tail), .cmpl_valid(cmpl_valid), .cmpl_queue(cmpl_queue),
    .stop_valid(stop_valid), .stop_queue(stop_queue), .fatal_set(fatal_set),
    .m_rd_req_valid(f_req_valid), .m_rd_req_ready(f_req_ready), .m_rd_req_addr(f_req_addr),
    .m_rd_req_len(f_req_len), .m_rd_req_tag(f_req_tag),
    .s_rd_rsp_valid(f_rsp_valid), .s_rd_rsp_data(rsp_data),
    .m_cmd_valid(cmd_valid), .m_cmd_ready(cmd_ready), .m_cmd_queue(cmd_queue),
    .m_cmd_sq_head(cmd_sq_head), .m_cmd_sqe(cmd_sqe),
    .busy(fetch_busy)
);

// ---- decode ----
wire dw_valid, dw_ready, dw_irq, dw_copy;
wire [QW-1:0] dw_queue;
wire [15:0] dw_sq_head, dw_status;
wire [63:0] dw_tag, dw_dst;
wire [24:0] dw_len;
wire dr_valid, dr_ready;
wire [63:0] dr_src;
wire [24:0] dr_len;
wire da_valid, da_ready;
wire [63:0] da_src, da_dst;
wire [24:0] da_len;
wire decode_busy;

pd_decode #(
    .NUM_QUEUES(NUM_QUEUES), .NUM_WINDOWS(NUM_WINDOWS), .QUEUE_INDEX_WIDTH(QW)
) decode (
    .clk(clk), .rst(prst),
    .win_base(win_base), .win_size(win_size), .win_enable(win_enable),
    .s_cmd_valid(cmd_valid), .s_cmd_ready(cmd_ready), .s_cmd_queue(cmd_queue),
    .s_cmd_sq_head(cmd_sq_head), .s_cmd_sqe(cmd_sqe),
    .m_wcmd_valid(dw_valid), .m_wcmd_ready(dw_ready), .m_wcmd_queue(dw_queue),
    .m_wcmd_sq_head(dw_sq_head), .m_wcmd_tag(dw_tag), .m_wcmd_status(dw_status),
    .m_wcmd_irq(dw_irq), .m_wcmd_copy(dw_copy), .m_wcmd_dst(dw_dst), .m_wcmd_len(dw_len),
    .m_rcmd_valid(dr_valid), .m_rcmd_ready(dr_ready), .m_rcmd_src(dr_src), .m_rcmd_len(dr_len),
    .m_acmd_valid(da_valid), .m_acmd_ready(da_ready), .m_acmd_src(da_src), .m_acmd_dst(da_dst),
    .m_acmd_len(da_len),
    .cmpl_valid(cmpl_valid), .busy(decode_busy)
);

// ---- command FIFOs ----
localparam WCMD_WIDTH = QW + 16 + 64 + 16 + 1 + 1 + 64 + 25;
wire [WCMD_WIDTH-1:0] wcmd;
wire w_valid, w_ready, w_irq, w_copy;
wire [QW-1:0] w_queue;
wire [15:0] w_sq_head, w_status;
wire [63:0] w_tag, w_dst;
wire [24:0] w_len;
assign {w_queue, w_sq_head, w_tag, w_status, w_irq, w_copy, w_dst, w_len} = wcmd;

pd_fifo #(.DATA_WIDTH(WCMD_WIDTH), .LOG_DEPTH(LOG_CMD_DEPTH)) wcmd_fifo (
    .clk(clk), .rst(prst),
    .s_data({dw_queue, dw_sq_head, dw_tag, dw_status, dw_irq, dw_copy, dw_dst, dw_len}),
    .s_valid(dw_valid), .s_ready(dw_ready),
    .m_data(wcmd), .m_valid(w_valid), .m_ready(w_ready), .count()
);

wire r_valid, r_ready;
wire [63:0] r_src;
wire [24:0] r_len;
pd_fifo #(.DATA_WIDTH(64 + 25), .LOG_DEPTH(2)) rcmd_fifo (
    .clk(clk), .rst(prst),
    .s_data({dr_src, dr_len}), .s_valid(dr_valid), .s_ready(dr_ready),
    .m_data({r_src, r_len}), .m_valid(r_valid), .m_ready(r_ready), .count()
);

wire a_valid, a_ready;
wire [63:0] a_src, a_dst;
wire [24:0] a_len;
pd_fifo #(.DATA_WIDTH(64 + 64 + 25), .LOG_DEPTH(LOG_CMD_DEPTH)) acmd_fifo (
    .clk(clk), .rst(prst),
    .s_data({da_src, da_dst, da_len}), .s_valid(da_valid), .s_ready(da_ready),
    .m_data({a_src, a_dst, a_len}), .m_valid(a_valid), .m_ready(a_ready), .count()
);

// ---- copy engine: read requests, data FIFO, aligner ----
wire c_req_valid, c_req_ready;
wire [63:0] c_req_addr;
wire [12:0] c_req_len;
wire [TAG_WIDTH-1:0] c_req_tag;
wire d_valid, d_ready;
wire [DATA_WIDTH-1:0] d_data;
wire copy_rd_busy, mux_busy;

pd_copy_rd #(.DATA_WIDTH(DATA_WIDTH), .LOG_FIFO_DEPTH(LOG_FIFO_DEPTH), .TAG_WIDTH(TAG_WIDTH)) copy_rd (
    .clk(clk), .rst(prst),
    .s_cmd_valid(r_valid), .s_cmd_ready(r_ready), .s_cmd_src(r_src), .s_cmd_len(r_len),
    .m_rd_req_valid(c_req_valid), .m_rd_req_ready(c_req_ready), .m_rd_req_addr(c_req_addr),
    .m_rd_req_len(c_req_len), .m_rd_req_tag(c_req_tag),
    .fifo_pop(d_valid && d_ready), .busy(copy_rd_busy)
);

pd_rd_mux #(.DATA_WIDTH(DATA_WIDTH), .TAG_WIDTH(TAG_WIDTH)) rd_mux (
    .clk(clk), .rst(rst), .soft_reset(srst),
    .s_f_valid(f_req_valid), .s_f_ready(f_req_ready), .s_f_addr(f_req_addr), .s_f_len(f_req_len),
    .s_f_tag(f_req_tag),
    .s_c_valid(c_req_valid), .s_c_ready(c_req_ready), .s_c_addr(c_req_addr), .s_c_len(c_req_len),
    .s_c_tag(c_req_tag),
    .m_req_valid(m_rd_req_valid), .m_req_ready(m_rd_req_ready), .m_req_addr(m_rd_req_addr),
    .m_req_len(m_rd_req_len), .m_req_tag(m_rd_req_tag),
    .s_rsp_valid(s_rd_rsp_valid), .s_rsp_ready(s_rd_rsp_ready), .s_rsp_data(s_rd_rsp_data),
    .s_rsp_tag(s_rd_rsp_tag),
    .f_rsp_valid(f_rsp_valid), .c_rsp_valid(c_rsp_valid), .rsp_data(rsp_data),
    .busy(mux_busy)
);

// Credits in pd_copy_rd guarantee room: a push never meets a full FIFO.
pd_fifo #(.DATA_WIDTH(DATA_WIDTH), .LOG_DEPTH(LOG_FIFO_DEPTH)) data_fifo (
    .clk(clk), .rst(prst),
    .s_data(rsp_data), .s_valid(c_rsp_valid), .s_ready(),
    .m_data(d_data), .m_valid(d_valid), .m_ready(d_ready), .count()
);

wire al_valid, al_ready, al_last;
wire [DATA_WIDTH-1:0] al_data;
wire [BYTES-1:0] al_strb;

pd_align #(.DATA_WIDTH(DATA_WIDTH)) align (
    .clk(clk), .rst(prst),
    .s_cmd_valid(a_valid), .s_cmd_ready(a_ready), .s_cmd_src(a_src), .s_cmd_dst(a_dst),
    .s_cmd_len(a_len),
    .s_valid(d_valid), .s_ready(d_ready), .s_data(d_data),
    .m_valid(al_valid), .m_ready(al_ready), .m_data(al_data), .m_strb(al_strb), .m_last(al_last)
);

wire o_valid, o_ready;
wire [DATA_WIDTH-1:0] o_data;
wire [BYTES-1:0] o_strb;
pd_fifo #(.DATA_WIDTH(DATA_WIDTH + BYTES), .LOG_DEPTH(2)) out_fifo (
    .clk(clk), .rst(prst),
    .s_data({al_data, al_strb}), .s_valid(al_valid), .s_ready(al_ready),
    .m_data({o_data, o_strb}), .m_valid(o_valid), .m_ready(o_ready), .count()
);

// ---- writer ----
wire irq_evt_valid;
wire [QW-1:0] irq_evt_vector;
wire wr_busy, irq_busy;

pd_wr #(
    .NUM_QUEUES(NUM_QUEUES), .NUM_WINDOWS(NUM_WINDOWS), .DATA_WIDTH(DATA_WIDTH),
    .TAG_WIDTH(TAG_WIDTH), .QUEUE_INDEX_WIDTH(QW)
) wr (
    .clk(clk), .rst(rst), .soft_reset(srst),
    .win_base(win_base), .win_size(win_size), .win_enable(win_enable),
    .q_cq_base(q_cq_base), .q_cq_log2(q_cq_log2), .q_vector(q_vector), .q_init(q_init),
    .s_cmd_valid(w_valid), .s_cmd_ready(w_ready), .s_cmd_queue(w_queue), .s_cmd_sq_head(w_sq_head),
    .s_cmd_tag(w_tag), .s_cmd_status(w_status), .s_cmd_irq(w_irq), .s_cmd_copy(w_copy),
    .s_cmd_dst(w_dst), .s_cmd_len(w_len),
    .s_valid(o_valid), .s_ready(o_ready), .s_data(o_data), .s_strb(o_strb),
    .m_wr_req_valid(m_wr_req_valid), .m_wr_req_ready(m_wr_req_ready), .m_wr_req_addr(m_wr_req_addr),
    .m_wr_req_len(m_wr_req_len), .m_wr_req_tag(m_wr_req_tag),
    .m_wr_dat_valid(m_wr_dat_valid), .m_wr_dat_ready(m_wr_dat_ready), .m_wr_dat_data(m_wr_dat_data),
    .m_wr_dat_strb(m_wr_dat_strb), .m_wr_dat_last(m_wr_dat_last),
    .q_cq_tail(q_cq_tail), .cmpl_valid(cmpl_valid), .cmpl_queue(cmpl_queue),
    .stop_valid(stop_valid), .stop_queue(stop_queue),
    .irq_valid(irq_evt_valid), .irq_vector(irq_evt_vector),
    .busy(wr_busy)
);

// ---- interrupts ----
pd_irq #(.NUM_VECTORS(NUM_QUEUES), .CYCLES_PER_USEC(CYCLES_PER_USEC), .VECTOR_WIDTH(QW)) irqs (
    .clk(clk), .rst(prst),
    .mod_count(irq_count), .mod_usec(irq_usec),
    .evt_valid(irq_evt_valid), .evt_vector(irq_evt_vector),
    .irq(irq), .busy(irq_busy)
);

assign done = cmpl_valid && !stop_valid;

// busy: a queue is eligible, or a command, read, write or interrupt timeout is under way
assign busy = fetch_busy || decode_busy || copy_rd_busy || mux_busy || wr_busy || irq_busy ||
              w_valid || srst;

endmodule

`resetall
