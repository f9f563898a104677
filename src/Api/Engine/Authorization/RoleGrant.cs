namespace InfoGov.Api.Engine.Authorization;

/// <summary>One role that may read an element, everywhere or only for objects of the caller's own department.</summary>
public sealed record RoleGrant(string Role, bool OwnDepartmentOnly);
