namespace InfoGov.Domain.Integration;

/// <summary>The last sequence number the change feed handed out: one row. A writer raises it with an
/// UPDATE inside its transaction, which holds the row until commit, so numbers follow commit order.</summary>
public sealed class ChangeSequence
{
    public const int SingletonId = 1;

    public int Id { get; init; } = SingletonId;
    public long Value { get; init; }
}
