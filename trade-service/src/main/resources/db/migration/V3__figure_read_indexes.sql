-- Indexes for reads that must stay flat as the table grows (bench/scenario-2.sh, 10M figures).
-- A series (Figure.seriesOf): one pair and flow, all goods or one commodity, the whole country or
-- one region, in period order. With figure_pair_flow_period alone every commodity of the pair and
-- flow was read and filtered; here the equality columns come first and the rows come out sorted.
CREATE INDEX figure_series ON figure (reporter, partner, flow, commodity, region, period_start, period_end);
