namespace InfoGov.Domain.Integration;

/// <summary>An object that can leave the lists without being deleted (revoked, retired, unpublished):
/// the change feed reports it removed once it is withdrawn.</summary>
public interface IWithdrawable
{
    bool IsWithdrawn { get; }
}
