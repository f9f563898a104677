namespace InfoGov.Api.Engine.Authentication;

/// <summary>The people recorded as platform administrators by their Entra ID object id (the city's first
/// administrator, recorded by the production-start command before app roles are assigned in Entra).</summary>
public interface IPlatformAdministrators
{
    Task<bool> IsAdministratorAsync(Guid accountObjectId);
}
