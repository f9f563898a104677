namespace InfoGov.Api.Tests.Authorization;

/// <summary>A caller of the matrix test: its roles and department; no roles for anonymous.</summary>
public sealed record Principal(string Name, string[] Roles, string? Department, bool IsApp = false)
{
    public bool IsAnonymous => Roles.Length == 0;

    public override string ToString() => Name;
}
