// SPDX-License-Identifier: MIT
// Language: Verilog 2001

`resetall
`timescale 1ns / 1ps
`default_nettype none

/*
 * pd_rd_mux - shares the DMA read port between SQE fetch and copy reads; routes responses by tag.
 *
 * SQE fetches (tag MSB set) win over copy reads.  Responses come back in
 * request order; the device always accepts them (both consumers reserved
 * room before requesting).  The mux counts the beats it is owed; on
 * soft_reset every beat still owed is discarded when it arrives, so a
 * flushed datapath never sees a stale response.  Only rst clears the count.
 */
module pd_rd_mux #(
    parameter DATA_WIDTH = 512,  // DMA data width (bits)
    parameter TAG_WIDTH = 8      // DMA tag width
) (
    input  wire                  clk,
    input  wire                  rst,
    input  wire                  soft_reset,

    input  wire                  s_f_valid,
    output wire                  s_f_ready,
    input  wire [63:0]           s_f_addr,
    input  wire [12:0]           s_f_len,
    input  wire [TAG_WIDTH-1:0]  s_f_tag,

    input  wire                  s_c_valid,
    output wire                  s_c_ready,
    input  wire [63:0]           s_c_addr,
    input  wire [12:0]           s_c_len,
    input  wire [TAG_WIDTH-1:0]  s_c_tag,

    output wire                  m_req_valid,
    input  wire                  m_req_ready,
    output wire [63:0]           m_req_addr,
    output wire [12:0]           m_req_len,
    output wire [TAG_WIDTH-1:0]  m_req_tag,

    input  wire                  s_rsp_valid,
    output wire                  s_rsp_ready,
    input  wire [DATA_WIDTH-1:0] s_rsp_data,
    input  wire [TAG_WIDTH-1:0]  s_rsp_tag,

    output wire                  f_rsp_valid,   // SQE fetch beat
    output wire                  c_rsp_valid,   // copy data beat
    output wire [DATA_WIDTH-1:0] rsp_data,

    output wire                  busy
);

localparam BYTES = DATA_WIDTH / 8;
localparam BO = $clog2(BYTES);

reg [31:0] owed_reg;     // beats requested and not yet received
reg [31:0] discard_reg;  // of those, beats to drop (requested before soft_reset)

assign m_req_valid = s_f_valid || s_c_valid;
assign m_req_addr = s_f_valid ? s_f_addr : s_c_addr;
assign m_req_len = s_f_valid ? s_f_len : s_c_len;
assign m_req_tag = s_f_valid ? s_f_tag : s_c_tag;
assign s_f_ready = m_req_ready;
assign s_c_ready = m_req_ready && !s_f_valid;

wire req_fire = m_req_valid && m_req_ready;
wire [13:0] req_beats = ({1'b0, {13-BO{1'b0}}, m_req_addr[BO-1:0]} + m_req_len + BYTES - 1) >> BO;
wire rsp_fire = s_rsp_valid;
wire drop = discard_reg != 0;

assign s_rsp_ready = 1'b1;
assign f_rsp_valid = rsp_fire && !drop && s_rsp_tag[TAG_WIDTH-1];
assign c_rsp_valid = rsp_fire && !drop && !s_rsp_tag[TAG_WIDTH-1];
assign rsp_data = s_rsp_data;
assign busy = owed_reg != 0;

wire [31:0] owed_next = owed_reg + (req_fire ? {18'd0, req_beats} : 32'd0) - (rsp_fire ? 32'd1 : 32'd0);

reg [31:0] discard_next;
always @* begin
    discard_next = discard_reg;
    if (rsp_fire && drop)
        discard_next = discard_reg - 1'b1;
    if (soft_reset)
        discard_next = owed_next;
end

always @(posedge clk) begin
    owed_reg <= owed_next;
    discard_reg <= discard_next;
    if (rst) begin
        owed_reg <= 32'd0;
        discard_reg <= 32'd0;
    end
end

endmodule

`resetall
