// SPDX-License-Identifier: MIT
// Language: Verilog 2001

`resetall
`timescale 1ns / 1ps
`default_nettype none

/*
 * pd_fifo - synchronous FIFO with valid/ready on both sides (first-word fall-through).
 */
module pd_fifo #(
    parameter DATA_WIDTH = 32,  // bits per entry
    parameter LOG_DEPTH = 2     // log2 of the number of entries
) (
    input  wire                  clk,
    input  wire                  rst,

    // input stream
    input  wire [DATA_WIDTH-1:0] s_data,
    input  wire                  s_valid,
    output wire                  s_ready,

    // output stream
    output wire [DATA_WIDTH-1:0] m_data,
    output wire                  m_valid,
    input  wire                  m_ready,

    // occupancy (entries)
    output wire [LOG_DEPTH:0]    count
);

initial begin
    if (LOG_DEPTH < 1) begin
        $error("pd_fifo: LOG_DEPTH must be >= 1");
        $finish;
    end
end

reg [DATA_WIDTH-1:0] mem [0:(1<<LOG_DEPTH)-1];
reg [LOG_DEPTH:0] wr_ptr_reg, rd_ptr_reg;

wire full = (wr_ptr_reg[LOG_DEPTH-1:0] == rd_ptr_reg[LOG_DEPTH-1:0]) &&
            (wr_ptr_reg[LOG_DEPTH] != rd_ptr_reg[LOG_DEPTH]);
wire empty = wr_ptr_reg == rd_ptr_reg;

assign s_ready = !full;
assign m_valid = !empty;
assign m_data = mem[rd_ptr_reg[LOG_DEPTH-1:0]];
assign count = wr_ptr_reg - rd_ptr_reg;

always @(posedge clk) begin
    if (s_valid && !full) begin
        mem[wr_ptr_reg[LOG_DEPTH-1:0]] <= s_data;
        wr_ptr_reg <= wr_ptr_reg + 1'b1;
    end
    if (m_ready && !empty) begin
        rd_ptr_reg <= rd_ptr_reg + 1'b1;
    end
    if (rst) begin
        wr_ptr_reg <= 0;
        rd_ptr_reg <= 0;
    end
end

endmodule

`resetall
