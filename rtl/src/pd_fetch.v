// SPDX-License-Identifier: MIT
// Language: Verilog 2001

`resetall
`timescale 1ns / 1ps
`default_nettype none

`include "pd_hw.vh"

/*
 * pd_fetch - round-robin queue scheduler and SQE fetch over the DMA read port.
 *
 * A queue is eligible when CTRL.enable, Q_CTRL.enable, it is not stopped, its
 * fetch head differs from SQ_TAIL and its CQ has a free slot for every
 * command already in flight plus this one (so the CQE writer never waits on
 * a full CQ and a full CQ stalls only its own queue).  Each grant fetches one
 * SQE; up to FETCH_SLOTS SQEs are in flight or waiting in the command FIFO.
 * Before a grant issues, the SQE slot and the CQE slot it will complete into
 * must lie in an enabled window; otherwise the queue stops and STATUS.fatal
 * is set (soft device rule S11: a fatal stop executes nothing).
 * Read responses arrive in request order; this module always accepts them.
 */
module pd_fetch #(
    parameter NUM_QUEUES = 8,      // queues
    parameter NUM_WINDOWS = 8,     // windows
    parameter DATA_WIDTH = 512,    // DMA data width (bits, 256..1024)
    parameter LOG_FETCH_SLOTS = 2, // log2 of SQEs in flight
    parameter TAG_WIDTH = 8,       // DMA tag width (MSB set: SQE fetch)
    parameter QUEUE_INDEX_WIDTH = NUM_QUEUES > 1 ? $clog2(NUM_QUEUES) : 1 // width of a queue number
) (
    input  wire                            clk,
    input  wire                            rst,

    // configuration (pd_regs)
    input  wire                            ctrl_enable,
    input  wire [NUM_WINDOWS*64-1:0]       win_base,
    input  wire [NUM_WINDOWS*64-1:0]       win_size,
    input  wire [NUM_WINDOWS-1:0]          win_enable,
    input  wire [NUM_QUEUES*64-1:0]        q_sq_base,
    input  wire [NUM_QUEUES*5-1:0]         q_sq_log2,
    input  wire [NUM_QUEUES*64-1:0]        q_cq_base,
    input  wire [NUM_QUEUES*5-1:0]         q_cq_log2,
    input  wire [NUM_QUEUES*16-1:0]        q_sq_tail,
    input  wire [NUM_QUEUES*16-1:0]        q_cq_head,
    input  wire [NUM_QUEUES-1:0]           q_enable,
    input  wire [NUM_QUEUES-1:0]           q_init,

    // completion side (pd_wr)
    input  wire [NUM_QUEUES*16-1:0]        q_cq_tail,
    input  wire                            cmpl_valid,
    input  wire [QUEUE_INDEX_WIDTH-1:0]    cmpl_queue,
    input  wire                            stop_valid,
    input  wire [QUEUE_INDEX_WIDTH-1:0]    stop_queue,
    output reg                             fatal_set,

    // DMA read requests
    output reg                             m_rd_req_valid,
    input  wire                            m_rd_req_ready,
    output reg  [63:0]                     m_rd_req_addr,
    output reg  [12:0]                     m_rd_req_len,
    output reg  [TAG_WIDTH-1:0]            m_rd_req_tag,

    // DMA read response beats for SQE fetches
    input  wire                            s_rd_rsp_valid,
    input  wire [DATA_WIDTH-1:0]           s_rd_rsp_data,

    // commands: {queue, sq head after, SQE}
    output wire                            m_cmd_valid,
    input  wire                            m_cmd_ready,
    output wire [QUEUE_INDEX_WIDTH-1:0]    m_cmd_queue,
    output wire [15:0]                     m_cmd_sq_head,
    output wire [8*`PD_SQE_BYTES-1:0]      m_cmd_sqe,

    // a queue is eligible, or something fetched is not yet taken
    output wire                            busy
);

localparam BYTES = DATA_WIDTH / 8;
localparam BO = $clog2(BYTES);
localparam SQE_BITS = 8 * `PD_SQE_BYTES;
localparam LOG_SQE = $clog2(`PD_SQE_BYTES);
localparam LOG_CQE = $clog2(`PD_CQE_BYTES);
localparam SLOTS = 1 << LOG_FETCH_SLOTS;
localparam [12:0] SQE_LEN = `PD_SQE_BYTES;
localparam [12:0] CQE_LEN = `PD_CQE_BYTES;
localparam META_WIDTH = QUEUE_INDEX_WIDTH + 16 + BO + 1;
localparam CMD_WIDTH = QUEUE_INDEX_WIDTH + 16 + SQE_BITS;

initial begin
    if (DATA_WIDTH < 256 || DATA_WIDTH > 1024 || (1 << BO) != BYTES) begin
        $error("pd_fetch: DATA_WIDTH must be 256, 512 or 1024");
        $finish;
    end
end

reg [15:0] head_reg [0:NUM_QUEUES-1];   // next SQ slot to fetch
reg [16:0] infl_reg [0:NUM_QUEUES-1];   // granted, not yet completed
reg        stopped_reg [0:NUM_QUEUES-1];
reg [LOG_FETCH_SLOTS:0] slots_reg, slots_next; // granted, command not yet taken

// ---- eligibility ----
reg [NUM_QUEUES-1:0] elig;
integer q;
reg [15:0] sqm, cqm, cfree;
always @* begin
    for (q = 0; q < NUM_QUEUES; q = q + 1) begin
        sqm = (16'd1 << q_sq_log2[q*5 +: 5]) - 1'b1;
        cqm = (16'd1 << q_cq_log2[q*5 +: 5]) - 1'b1;
        // free CQ slots: entries - 1 - (tail - head)
        cfree = (q_cq_head[q*16 +: 16] - q_cq_tail[q*16 +: 16] - 1'b1) & cqm;
        elig[q] = ctrl_enable && q_enable[q] && !stopped_reg[q] &&
                  ((head_reg[q] & sqm) != (q_sq_tail[q*16 +: 16] & sqm)) &&
                  ({1'b0, cfree} > infl_reg[q]);
    end
end

// An SQE that straddles two beats is fetched as two one-beat requests, so no
// request crosses a 4 KiB boundary; the second issues the cycle after.
reg second_reg, second_next;
reg [63:0] second_addr_reg, second_addr_next;
reg [12:0] second_len_reg, second_len_next;
wire can_issue = (!m_rd_req_valid || m_rd_req_ready) && slots_reg < SLOTS && !second_reg;
wire grant_valid;
wire [QUEUE_INDEX_WIDTH-1:0] g;

pd_rr_arb #(.PORTS(NUM_QUEUES), .INDEX_WIDTH(QUEUE_INDEX_WIDTH)) arb (
    .clk(clk), .rst(rst), .req(elig), .advance(can_issue),
    .grant_valid(grant_valid), .grant_index(g)
);

wire [15:0] g_sqm = (16'd1 << q_sq_log2[g*5 +: 5]) - 1'b1;
wire [15:0] g_cqm = (16'd1 << q_cq_log2[g*5 +: 5]) - 1'b1;
wire [15:0] g_head = head_reg[g] & g_sqm;
wire [15:0] g_cq_slot = (q_cq_tail[g*16 +: 16] + infl_reg[g][15:0]) & g_cqm;
wire [63:0] sqe_addr = q_sq_base[g*64 +: 64] + ({48'd0, g_head} << LOG_SQE);
wire [63:0] cqe_addr = q_cq_base[g*64 +: 64] + ({48'd0, g_cq_slot} << LOG_CQE);
wire sqe_ok, cqe_ok;

pd_win_check #(.NUM_WINDOWS(NUM_WINDOWS), .LEN_WIDTH(13)) sqe_check (
    .win_base(win_base), .win_size(win_size), .win_enable(win_enable),
    .addr(sqe_addr), .len(SQE_LEN), .ok(sqe_ok)
);
pd_win_check #(.NUM_WINDOWS(NUM_WINDOWS), .LEN_WIDTH(13)) cqe_check (
    .win_base(win_base), .win_size(win_size), .win_enable(win_enable),
    .addr(cqe_addr), .len(CQE_LEN), .ok(cqe_ok)
);

wire grant = grant_valid && can_issue;
wire issue = grant && sqe_ok && cqe_ok;
wire [BO-1:0] sqe_off = sqe_addr[BO-1:0];
wire sqe_two = ({1'b0, sqe_off} + `PD_SQE_BYTES) > BYTES;

// ---- in-flight metadata and response assembly ----
wire meta_valid;
wire [META_WIDTH-1:0] meta_data;
wire [QUEUE_INDEX_WIDTH-1:0] meta_queue;
wire [15:0] meta_head;
wire [BO-1:0] meta_off;
wire meta_two;
assign {meta_queue, meta_head, meta_off, meta_two} = meta_data;

reg first_reg, first_next;     // the first of two beats is in buf_reg
reg [DATA_WIDTH-1:0] buf_reg, buf_next;
wire rsp_last = s_rd_rsp_valid && (!meta_two || first_reg);
wire [2*DATA_WIDTH-1:0] pair = meta_two ? {s_rd_rsp_data, buf_reg} : {{DATA_WIDTH{1'b0}}, s_rd_rsp_data};
wire [2*DATA_WIDTH-1:0] shifted = pair >> {meta_off, 3'b000};

pd_fifo #(.DATA_WIDTH(META_WIDTH), .LOG_DEPTH(LOG_FETCH_SLOTS)) meta_fifo (
    .clk(clk), .rst(rst),
    .s_data({g, (g_head + 1'b1) & g_sqm, sqe_off, sqe_two}), .s_valid(issue), .s_ready(),
    .m_data(meta_data), .m_valid(meta_valid), .m_ready(rsp_last),
    .count()
);

wire [CMD_WIDTH-1:0] cmd_data;
pd_fifo #(.DATA_WIDTH(CMD_WIDTH), .LOG_DEPTH(LOG_FETCH_SLOTS)) cmd_fifo (
    .clk(clk), .rst(rst),
    .s_data({meta_queue, meta_head, shifted[SQE_BITS-1:0]}), .s_valid(rsp_last), .s_ready(),
    .m_data(cmd_data), .m_valid(m_cmd_valid), .m_ready(m_cmd_ready),
    .count()
);
assign {m_cmd_queue, m_cmd_sq_head, m_cmd_sqe} = cmd_data;
assign busy = slots_reg != 0 || elig != 0;

reg fatal_next;
reg req_valid_next;
reg [63:0] req_addr_next;
reg [12:0] req_len_next;
reg [TAG_WIDTH-1:0] req_tag_next;

always @* begin
    fatal_next = stop_valid || (grant && !issue);
    req_valid_next = m_rd_req_valid && !m_rd_req_ready;
    req_addr_next = m_rd_req_addr;
    req_len_next = m_rd_req_len;
    req_tag_next = m_rd_req_tag;
    second_next = second_reg;
    second_addr_next = second_addr_reg;
    second_len_next = second_len_reg;
    first_next = first_reg;
    buf_next = buf_reg;
    slots_next = slots_reg + (issue ? 1'b1 : 1'b0) - ((m_cmd_valid && m_cmd_ready) ? 1'b1 : 1'b0);

    if (s_rd_rsp_valid) begin
        if (meta_two && !first_reg) begin
            buf_next = s_rd_rsp_data;
            first_next = 1'b1;
        end else begin
            first_next = 1'b0;
        end
    end

    if (second_reg && (!m_rd_req_valid || m_rd_req_ready)) begin
        second_next = 1'b0;
        req_valid_next = 1'b1;
        req_addr_next = second_addr_reg;
        req_len_next = second_len_reg;
    end

    if (issue) begin
        req_valid_next = 1'b1;
        req_addr_next = sqe_addr;
        req_len_next = sqe_two ? BYTES - sqe_off : SQE_LEN;
        req_tag_next = {1'b1, {TAG_WIDTH-1{1'b0}}};
        second_next = sqe_two;
        second_addr_next = sqe_addr - sqe_off + BYTES;
        second_len_next = SQE_LEN - (BYTES - sqe_off);
    end
end

integer k;
always @(posedge clk) begin
    fatal_set <= fatal_next;
    m_rd_req_valid <= req_valid_next;
    m_rd_req_addr <= req_addr_next;
    m_rd_req_len <= req_len_next;
    m_rd_req_tag <= req_tag_next;
    second_reg <= second_next;
    second_addr_reg <= second_addr_next;
    second_len_reg <= second_len_next;
    first_reg <= first_next;
    buf_reg <= buf_next;
    slots_reg <= slots_next;

    // per-queue state: fetch head, commands in flight, stop mark
    for (k = 0; k < NUM_QUEUES; k = k + 1) begin
        if (cmpl_valid && cmpl_queue == k && infl_reg[k] != 0)
            infl_reg[k] <= infl_reg[k] - ((issue && g == k) ? 1'b0 : 1'b1);
        else if (issue && g == k)
            infl_reg[k] <= infl_reg[k] + 1'b1;
        if (stop_valid && stop_queue == k)
            stopped_reg[k] <= 1'b1;
    end
    if (issue)
        head_reg[g] <= (g_head + 1'b1) & g_sqm;
    if (grant && !issue)
        stopped_reg[g] <= 1'b1;

    for (k = 0; k < NUM_QUEUES; k = k + 1) begin
        if (q_init[k]) begin
            head_reg[k] <= 16'd0;
            infl_reg[k] <= 17'd0;
            stopped_reg[k] <= 1'b0;
        end
    end

    if (rst) begin
        m_rd_req_valid <= 1'b0;
        second_reg <= 1'b0;
        fatal_set <= 1'b0;
        first_reg <= 1'b0;
        slots_reg <= 0;
        for (k = 0; k < NUM_QUEUES; k = k + 1) begin
            head_reg[k] <= 16'd0;
            infl_reg[k] <= 17'd0;
            stopped_reg[k] <= 1'b0;
        end
    end
end

endmodule

`resetall
