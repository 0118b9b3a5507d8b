// SPDX-License-Identifier: MIT
// Language: Verilog 2001

`resetall
`timescale 1ns / 1ps
`default_nettype none

`include "pd_hw.vh"

/*
 * pd_wr - copy engine write side and CQE writer: data bursts, then the completion with phase.
 *
 * Commands are taken in order.  A COPY's destination is written in bursts of
 * at most 4 KiB that never cross a 4 KiB boundary (request, then its beats),
 * then the CQE (16 bytes at CQ_BASE + 16 * tail: one request of one beat, or
 * two when it straddles a beat) is written.  The write port is posted and in order, so a
 * CQE is visible only after the data of its command.  The CQ tail advances
 * and the phase flips when it wraps to 0.  If the CQE slot has left every
 * window since the fetch checked it, no CQE is written, the queue stops and
 * STATUS.fatal is set.  On soft_reset a burst whose request was accepted is
 * finished with zero strobes (nothing written) before anything else.
 */
module pd_wr #(
    parameter NUM_QUEUES = 8,      // queues
    parameter NUM_WINDOWS = 8,     // windows
    parameter DATA_WIDTH = 512,    // DMA data width (bits)
    parameter TAG_WIDTH = 8,       // DMA tag width
    parameter QUEUE_INDEX_WIDTH = NUM_QUEUES > 1 ? $clog2(NUM_QUEUES) : 1 // width of a queue number
) (
    input  wire                            clk,
    input  wire                            rst,         // everything
    input  wire                            soft_reset,  // CTRL.reset: flush

    input  wire [NUM_WINDOWS*64-1:0]       win_base,
    input  wire [NUM_WINDOWS*64-1:0]       win_size,
    input  wire [NUM_WINDOWS-1:0]          win_enable,
    input  wire [NUM_QUEUES*64-1:0]        q_cq_base,
    input  wire [NUM_QUEUES*5-1:0]         q_cq_log2,
    input  wire [NUM_QUEUES*QUEUE_INDEX_WIDTH-1:0] q_vector,
    input  wire [NUM_QUEUES-1:0]           q_init,

    // commands from pd_decode
    input  wire                            s_cmd_valid,
    output wire                            s_cmd_ready,
    input  wire [QUEUE_INDEX_WIDTH-1:0]    s_cmd_queue,
    input  wire [15:0]                     s_cmd_sq_head,
    input  wire [63:0]                     s_cmd_tag,
    input  wire [15:0]                     s_cmd_status,
    input  wire                            s_cmd_irq,
    input  wire                            s_cmd_copy,
    input  wire [63:0]                     s_cmd_dst,
    input  wire [24:0]                     s_cmd_len,

    // destination beats from pd_align
    input  wire                            s_valid,
    output wire                            s_ready,
    input  wire [DATA_WIDTH-1:0]           s_data,
    input  wire [DATA_WIDTH/8-1:0]         s_strb,

    // DMA write requests
    output wire                            m_wr_req_valid,
    input  wire                            m_wr_req_ready,
    output wire [63:0]                     m_wr_req_addr,
    output wire [12:0]                     m_wr_req_len,
    output wire [TAG_WIDTH-1:0]            m_wr_req_tag,

    // DMA write data
    output wire                            m_wr_dat_valid,
    input  wire                            m_wr_dat_ready,
    output wire [DATA_WIDTH-1:0]           m_wr_dat_data,
    output wire [DATA_WIDTH/8-1:0]         m_wr_dat_strb,
    output wire                            m_wr_dat_last,

    // completion state and events
    output wire [NUM_QUEUES*16-1:0]        q_cq_tail,
    output reg                             cmpl_valid,
    output reg  [QUEUE_INDEX_WIDTH-1:0]    cmpl_queue,
    output reg                             stop_valid,
    output reg  [QUEUE_INDEX_WIDTH-1:0]    stop_queue,
    output reg                             irq_valid,
    output reg  [QUEUE_INDEX_WIDTH-1:0]    irq_vector,

    output wire                            busy
);

localparam BYTES = DATA_WIDTH / 8;
localparam BO = $clog2(BYTES);
localparam LOG_CQE = $clog2(`PD_CQE_BYTES);
localparam CQE_BITS = 8 * `PD_CQE_BYTES;
localparam [12:0] CQE_LEN = `PD_CQE_BYTES;

localparam [2:0] S_IDLE = 3'd0, S_BREQ = 3'd1, S_BDATA = 3'd2, S_CREQ = 3'd3,
                 S_CDATA = 3'd4, S_FLUSH = 3'd5;

reg [2:0] state_reg, state_next;
reg [63:0] addr_reg, addr_next;       // next destination byte
reg [24:0] rem_reg, rem_next;         // destination bytes not yet requested
reg [13:0] beats_reg, beats_next;     // beats left in this burst
reg [TAG_WIDTH-1:0] seq_reg, seq_next;
reg cbeat_reg, cbeat_next;            // second CQE beat
reg cmpl_next, stop_next, irq_next;
reg tail_we;                          // advance the CQ tail of the head command's queue

reg [15:0] tail_reg [0:NUM_QUEUES-1];
reg        phase_reg [0:NUM_QUEUES-1];

genvar gi;
generate
    for (gi = 0; gi < NUM_QUEUES; gi = gi + 1) begin : tails
        assign q_cq_tail[gi*16 +: 16] = tail_reg[gi];
    end
endgenerate

// ---- burst arithmetic ----
wire [12:0] to_boundary = 13'd4096 - {1'b0, addr_reg[11:0]};
wire [12:0] blen = (rem_reg < to_boundary) ? rem_reg[12:0] : to_boundary;
wire [13:0] bbeats = ({1'b0, {13-BO{1'b0}}, addr_reg[BO-1:0]} + blen + BYTES - 1) >> BO;

// ---- the CQE of the head command ----
wire [QUEUE_INDEX_WIDTH-1:0] cq = s_cmd_queue;
wire [15:0] cqm = (16'd1 << q_cq_log2[cq*5 +: 5]) - 1'b1;
wire [15:0] tail = tail_reg[cq] & cqm;
wire [63:0] cqe_addr = q_cq_base[cq*64 +: 64] + ({48'd0, tail} << LOG_CQE);
wire cqe_ok;

pd_win_check #(.NUM_WINDOWS(NUM_WINDOWS), .LEN_WIDTH(13)) cqe_check (
    .win_base(win_base), .win_size(win_size), .win_enable(win_enable),
    .addr(cqe_addr), .len(CQE_LEN), .ok(cqe_ok)
);

reg [CQE_BITS-1:0] cqe;
always @* begin
    cqe = {CQE_BITS{1'b0}};
    cqe[8*`PD_CQE_TAG_OFF +: 64] = s_cmd_tag;
    cqe[8*`PD_CQE_SQ_HEAD_OFF +: 16] = s_cmd_sq_head;
    cqe[8*`PD_CQE_SQ_ID_OFF +: 16] = {{16-QUEUE_INDEX_WIDTH{1'b0}}, cq};
    cqe[8*`PD_CQE_STATUS_OFF +: 16] = s_cmd_status;
    cqe[8*`PD_CQE_PHASE_OFF +: 8] = {7'd0, phase_reg[cq]};
end

wire [BO-1:0] coff = cqe_addr[BO-1:0];
wire ctwo = ({1'b0, coff} + `PD_CQE_BYTES) > BYTES;
wire [2*DATA_WIDTH-1:0] cqe_pair = {{2*DATA_WIDTH-CQE_BITS{1'b0}}, cqe} << {coff, 3'b000};
wire [2*BYTES-1:0] cqe_strb = {{2*BYTES-`PD_CQE_BYTES{1'b0}}, {`PD_CQE_BYTES{1'b1}}} << coff;

// ---- ports ----
assign m_wr_req_valid = state_reg == S_BREQ || (state_reg == S_CREQ && cqe_ok);
// A CQE that straddles two beats is written as two one-beat requests, so no
// request crosses a 4 KiB boundary.
wire [12:0] cfirst = BYTES - coff;
assign m_wr_req_addr = state_reg == S_BREQ ? addr_reg :
                       (ctwo && cbeat_reg) ? cqe_addr - coff + BYTES : cqe_addr;
assign m_wr_req_len = state_reg == S_BREQ ? blen :
                      !ctwo ? CQE_LEN : cbeat_reg ? CQE_LEN - cfirst : cfirst;
assign m_wr_req_tag = seq_reg;

assign m_wr_dat_valid = (state_reg == S_BDATA && s_valid) || state_reg == S_CDATA || state_reg == S_FLUSH;
assign m_wr_dat_data = state_reg == S_BDATA ? s_data :
                       cbeat_reg ? cqe_pair[DATA_WIDTH +: DATA_WIDTH] : cqe_pair[DATA_WIDTH-1:0];
assign m_wr_dat_strb = state_reg == S_BDATA ? s_strb :
                       state_reg == S_FLUSH ? {BYTES{1'b0}} :
                       cbeat_reg ? cqe_strb[BYTES +: BYTES] : cqe_strb[BYTES-1:0];
assign m_wr_dat_last = state_reg == S_CDATA ? 1'b1 : beats_reg == 1;
assign s_ready = state_reg == S_BDATA && m_wr_dat_ready;

wire req_fire = m_wr_req_valid && m_wr_req_ready;
wire dat_fire = m_wr_dat_valid && m_wr_dat_ready;
wire done = (state_reg == S_CDATA && dat_fire && (!ctwo || cbeat_reg)) || (state_reg == S_CREQ && !cqe_ok);
assign s_cmd_ready = done;
assign busy = state_reg != S_IDLE;

always @* begin
    state_next = state_reg;
    addr_next = addr_reg;
    rem_next = rem_reg;
    beats_next = beats_reg;
    seq_next = seq_reg + (req_fire ? 1'b1 : 1'b0);
    cbeat_next = cbeat_reg;
    cmpl_next = 1'b0;
    stop_next = 1'b0;
    irq_next = 1'b0;
    tail_we = 1'b0;

    case (state_reg)
    S_IDLE: begin
        if (s_cmd_valid) begin
            addr_next = s_cmd_dst;
            rem_next = s_cmd_len;
            cbeat_next = 1'b0;
            state_next = s_cmd_copy ? S_BREQ : S_CREQ;
        end
    end
    S_BREQ: begin
        if (req_fire) begin
            beats_next = bbeats;
            addr_next = addr_reg + blen;
            rem_next = rem_reg - blen;
            state_next = S_BDATA;
        end
    end
    S_BDATA: begin
        if (dat_fire) begin
            beats_next = beats_reg - 1'b1;
            if (beats_reg == 1)
                state_next = rem_reg == 0 ? S_CREQ : S_BREQ;
        end
    end
    S_CREQ: begin
        if (!cqe_ok) begin
            // the CQ slot left every window: fatal, no completion
            stop_next = 1'b1;
            cmpl_next = 1'b1;
            state_next = S_IDLE;
        end else if (req_fire) begin
            state_next = S_CDATA;
        end
    end
    S_CDATA: begin
        if (dat_fire) begin
            cbeat_next = 1'b1;
            if (ctwo && !cbeat_reg) begin
                state_next = S_CREQ;
            end else begin
                tail_we = 1'b1;
                cmpl_next = 1'b1;
                irq_next = s_cmd_irq;
                state_next = S_IDLE;
            end
        end
    end
    S_FLUSH: begin
        if (dat_fire) begin
            beats_next = beats_reg - 1'b1;
            if (beats_reg == 1)
                state_next = S_IDLE;
        end
    end
    default: state_next = S_IDLE;
    endcase

    if (soft_reset) begin
        // Finish an accepted burst with empty strobes; drop everything else.
        cmpl_next = 1'b0;
        stop_next = 1'b0;
        irq_next = 1'b0;
        tail_we = 1'b0;
        state_next = S_IDLE;
        if ((state_reg == S_BREQ || state_reg == S_CREQ) && req_fire) begin
            beats_next = state_reg == S_BREQ ? bbeats : 14'd1;
            state_next = S_FLUSH;
        end else if (state_reg == S_BDATA || state_reg == S_FLUSH) begin
            if (beats_reg != (dat_fire ? 14'd1 : 14'd0)) begin
                beats_next = beats_reg - (dat_fire ? 14'd1 : 14'd0);
                state_next = S_FLUSH;
            end
        end else if (state_reg == S_CDATA) begin
            if (!dat_fire) begin
                beats_next = 14'd1;
                state_next = S_FLUSH;
            end
        end
    end
end

integer q;
always @(posedge clk) begin
    state_reg <= state_next;
    addr_reg <= addr_next;
    rem_reg <= rem_next;
    beats_reg <= beats_next;
    seq_reg <= seq_next;
    cbeat_reg <= cbeat_next;
    cmpl_valid <= cmpl_next;
    cmpl_queue <= cq;
    stop_valid <= stop_next;
    stop_queue <= cq;
    irq_valid <= irq_next;
    irq_vector <= q_vector[cq*QUEUE_INDEX_WIDTH +: QUEUE_INDEX_WIDTH];

    if (tail_we) begin
        tail_reg[cq] <= (tail + 1'b1) & cqm;
        if (((tail + 1'b1) & cqm) == 16'd0)
            phase_reg[cq] <= !phase_reg[cq];
    end

    for (q = 0; q < NUM_QUEUES; q = q + 1) begin
        if (q_init[q] || soft_reset) begin
            tail_reg[q] <= 16'd0;
            phase_reg[q] <= 1'b1;
        end
    end

    if (rst) begin
        state_reg <= S_IDLE;
        seq_reg <= 0;
        cmpl_valid <= 1'b0;
        stop_valid <= 1'b0;
        irq_valid <= 1'b0;
        for (q = 0; q < NUM_QUEUES; q = q + 1) begin
            tail_reg[q] <= 16'd0;
            phase_reg[q] <= 1'b1;
        end
    end
end

endmodule

`resetall
