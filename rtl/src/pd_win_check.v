// SPDX-License-Identifier: MIT
// Language: Verilog 2001

`resetall
`timescale 1ns / 1ps
`default_nettype none

/*
 * pd_win_check - is [addr, addr + len) inside one enabled window? (combinational)
 *
 * Window w covers [base, base + size) computed without wrapping (it may end
 * exactly at 2^64); size 0 covers nothing; a range with addr + len > 2^64 is
 * outside every window.  All sums are 65 bits wide, so nothing wraps.
 */
module pd_win_check #(
    parameter NUM_WINDOWS = 8,  // windows in the table
    parameter LEN_WIDTH = 25    // width of len
) (
    input  wire [NUM_WINDOWS*64-1:0] win_base,
    input  wire [NUM_WINDOWS*64-1:0] win_size,
    input  wire [NUM_WINDOWS-1:0]    win_enable,

    input  wire [63:0]               addr,
    input  wire [LEN_WIDTH-1:0]      len,   // >= 1

    output reg                       ok
);

integer w;
reg [64:0] end_addr, win_end;

always @* begin
    ok = 1'b0;
    end_addr = {1'b0, addr} + {{65-LEN_WIDTH{1'b0}}, len};
    for (w = 0; w < NUM_WINDOWS; w = w + 1) begin
        win_end = {1'b0, win_base[w*64 +: 64]} + {1'b0, win_size[w*64 +: 64]};
        if (win_enable[w] && len != 0 && addr >= win_base[w*64 +: 64] &&
                end_addr <= win_end && end_addr <= {1'b1, 64'd0}) begin
            ok = 1'b1;
        end
    end
end

endmodule

`resetall
