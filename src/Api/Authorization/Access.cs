namespace InfoGov.Api.Authorization;

/// <summary>
/// Who may read a schema element: the public (anonymous callers too), or a set of app roles, each
/// either everywhere or only for objects of the caller's own department (a project's owner, a
/// resource's provider, ...). <see cref="Inherited"/> marks value types (money, pages, plans) whose
/// access is decided by the field that returns them.
/// </summary>
public sealed class Access
{
    private Access(string kind, IReadOnlyList<RoleGrant> grants)
    {
        Kind = kind;
        Grants = grants;
    }

    public string Kind { get; }

    public IReadOnlyList<RoleGrant> Grants { get; }

    public bool IsPublic => Kind == "public";

    public bool IsInherited => Kind == "inherited";

    public static Access Public { get; } = new("public", []);

    public static Access Inherited { get; } = new("inherited", []);

    /// <summary>Any government user: every Gov.* role, everywhere.</summary>
    public static Access Government { get; } = Roles(Authorization.Roles.Government.ToArray());

    public static Access Roles(params string[] roles) => new("roles", roles.Select(r => new RoleGrant(r, false)).ToList());

    /// <summary>These roles too, but only for objects of the caller's own department.</summary>
    public Access InOwnDepartment(params string[] roles) =>
        new("roles", Grants.Concat(roles.Where(r => !Grants.Any(g => g.Role == r && !g.OwnDepartmentOnly)).Select(r => new RoleGrant(r, true))).ToList());

    /// <summary>These roles too, everywhere.</summary>
    public Access And(params string[] roles) =>
        new("roles", Grants.Where(g => !roles.Contains(g.Role)).Concat(roles.Select(r => new RoleGrant(r, false))).ToList());

    /// <summary>Whether the caller may select the element at all (before any data is read).</summary>
    public bool Admits(Caller caller) => IsPublic || IsInherited || Grants.Any(g => caller.Roles.Contains(g.Role));

    /// <summary>Whether the caller may read the element on every object, with no department check.</summary>
    public bool AdmitsEverywhere(Caller caller) => IsPublic || IsInherited || Grants.Any(g => !g.OwnDepartmentOnly && caller.Roles.Contains(g.Role));

    /// <summary>The sentence added to the element's description.</summary>
    public string Describe()
    {
        if (IsPublic) return "Readable by anyone, including anonymous callers.";
        if (IsInherited) return "";
        var everywhere = Grants.Where(g => !g.OwnDepartmentOnly).Select(g => g.Role).ToList();
        var own = Grants.Where(g => g.OwnDepartmentOnly).Select(g => g.Role).ToList();
        var parts = new List<string>();
        if (Authorization.Roles.Government.All(everywhere.Contains))
            parts.Add(string.Join(", ", everywhere.Except(Authorization.Roles.Government).Prepend("any government user (Gov.* roles)")));
        else if (everywhere.Count > 0) parts.Add(string.Join(", ", everywhere));
        if (own.Count > 0) parts.Add($"{string.Join(", ", own)} of the object's own department");
        return $"Readable by: {string.Join("; ", parts)}.";
    }
}
