namespace InfoGov.Domain.Operations;

/// <summary>A record about one information system (an incident, a backup): it belongs where the system belongs.</summary>
public interface IPartOfSystem
{
    Guid SystemId { get; }
}
