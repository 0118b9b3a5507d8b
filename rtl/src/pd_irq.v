// SPDX-License-Identifier: MIT
// Language: Verilog 2001

`resetall
`timescale 1ns / 1ps
`default_nettype none

/*
 * pd_irq - interrupt moderation: per vector, fire on a completion count or a timeout.
 *
 * A counted completion (PD_SQE_F_IRQ) adds one to its vector's pending
 * count.  The vector fires (irq[v] high for one cycle) when pending reaches
 * count (0 counts as 1), or when usec > 0 and usec * CYCLES_PER_USEC cycles
 * passed since its first pending completion.  Firing clears the count.  The
 * threshold is checked every cycle, so lowering it fires at once.
 */
module pd_irq #(
    parameter NUM_VECTORS = 8,        // interrupt vectors
    parameter CYCLES_PER_USEC = 250,  // clock cycles per microsecond
    parameter VECTOR_WIDTH = NUM_VECTORS > 1 ? $clog2(NUM_VECTORS) : 1 // width of a vector number
) (
    input  wire                    clk,
    input  wire                    rst,

    input  wire [15:0]             mod_count,
    input  wire [15:0]             mod_usec,

    input  wire                    evt_valid,
    input  wire [VECTOR_WIDTH-1:0] evt_vector,

    output reg  [NUM_VECTORS-1:0]  irq,
    output wire                    busy     // a timeout is running
);

reg [16:0] pending_reg [0:NUM_VECTORS-1], pending_next [0:NUM_VECTORS-1];
// cycles since the first pending completion
reg [39:0] timer_reg [0:NUM_VECTORS-1], timer_next [0:NUM_VECTORS-1];
reg [NUM_VECTORS-1:0] irq_next;

wire [16:0] threshold = mod_count == 16'd0 ? 17'd1 : {1'b0, mod_count};
wire [39:0] limit = mod_usec * CYCLES_PER_USEC;

reg [NUM_VECTORS-1:0] pend_any;
integer v;
reg [16:0] p;

assign busy = mod_usec != 16'd0 && pend_any != 0;

always @* begin
    for (v = 0; v < NUM_VECTORS; v = v + 1) begin
        pend_any[v] = pending_reg[v] != 0;
        p = pending_reg[v] + {16'd0, evt_valid && evt_vector == v};
        irq_next[v] = p != 0 && (p >= threshold ||
                      (mod_usec != 16'd0 && pending_reg[v] != 0 && timer_reg[v] + 1'b1 >= limit));
        if (irq_next[v]) begin
            pending_next[v] = 17'd0;
            timer_next[v] = 40'd0;
        end else begin
            pending_next[v] = p;
            // the timer starts with the first pending completion
            timer_next[v] = pending_reg[v] != 0 ? timer_reg[v] + 1'b1 : 40'd0;
        end
    end
end

integer k;
always @(posedge clk) begin
    irq <= irq_next;
    for (k = 0; k < NUM_VECTORS; k = k + 1) begin
        pending_reg[k] <= pending_next[k];
        timer_reg[k] <= timer_next[k];
    end
    if (rst) begin
        irq <= 0;
        for (k = 0; k < NUM_VECTORS; k = k + 1) begin
            pending_reg[k] <= 17'd0;
            timer_reg[k] <= 40'd0;
        end
    end
end

endmodule

`resetall
