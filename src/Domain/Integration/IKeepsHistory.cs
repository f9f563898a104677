namespace InfoGov.Domain.Integration;

/// <summary>An entity whose every saved state is kept (<see cref="HistoricalVersion"/>), so that it can be
/// read as it was at a past instant: what the office saw at a meeting, what a grant covered on a day.</summary>
public interface IKeepsHistory;
