// SPDX-License-Identifier: MIT
// Language: Verilog 2001

`resetall
`timescale 1ns / 1ps
`default_nettype none

/*
 * pd_rr_arb - round-robin arbiter: grants the first request at or after the pointer.
 */
module pd_rr_arb #(
    parameter PORTS = 4,                                  // requesters
    parameter INDEX_WIDTH = PORTS > 1 ? $clog2(PORTS) : 1 // width of an index
) (
    input  wire                   clk,
    input  wire                   rst,

    input  wire [PORTS-1:0]       req,
    // the grant is taken this cycle: the pointer moves past it
    input  wire                   advance,

    output reg                    grant_valid,
    output reg  [INDEX_WIDTH-1:0] grant_index
);

reg [INDEX_WIDTH-1:0] ptr_reg;

integer i;
reg [INDEX_WIDTH:0] idx;

always @* begin
    grant_valid = 1'b0;
    grant_index = 0;
    for (i = PORTS-1; i >= 0; i = i - 1) begin
        // scanned downwards so the lowest distance from the pointer wins
        idx = ptr_reg + i[INDEX_WIDTH:0];
        if (idx >= PORTS)
            idx = idx - PORTS;
        if (req[idx[INDEX_WIDTH-1:0]]) begin
            grant_valid = 1'b1;
            grant_index = idx[INDEX_WIDTH-1:0];
        end
    end
end

always @(posedge clk) begin
    if (advance && grant_valid) begin
        ptr_reg <= (grant_index == PORTS-1) ? 0 : grant_index + 1'b1;
    end
    if (rst) begin
        ptr_reg <= 0;
    end
end

endmodule

`resetall
