namespace InfoGov.Api.Engine.Authorization;

/// <summary>
/// Who may read a schema element: the public (anonymous callers too), or a set of app roles, each
/// either everywhere or only for objects of the caller's own department (a project's owner, a
/// resource's provider, ...). <see cref="Inherited"/> marks value types (money, pages, plans) whose
/// access is decided by the field that returns them.
/// </summary>
public sealed class Access
{
    private Access(string kind, IReadOnlyList<RoleGrant> grants, IReadOnlyList<AccessCondition>? conditions = null)
    {
        Kind = kind;
        Grants = grants;
        Conditions = conditions ?? [];
    }

    /// <summary>More readers admitted only on objects that meet a condition (e.g. a published assessment).</summary>
    public IReadOnlyList<AccessCondition> Conditions { get; }

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
        new("roles", Grants.Concat(roles.Where(r => !Grants.Any(g => g.Role == r && !g.OwnDepartmentOnly)).Select(r => new RoleGrant(r, true))).ToList(), Conditions);

    /// <summary>These roles too, everywhere.</summary>
    public Access And(params string[] roles) =>
        new("roles", Grants.Where(g => !roles.Contains(g.Role)).Concat(roles.Select(r => new RoleGrant(r, false))).ToList(), Conditions);

    /// <summary><paramref name="readers"/> too, on objects of type <typeparamref name="T"/> that meet <paramref name="condition"/>.</summary>
    public Access When<T>(string description, Func<T, bool> condition, Access readers) =>
        new(Kind, Grants, [.. Conditions, new AccessCondition(description, source => source is T t && condition(t), readers)]);

    // The checks below run for fields as they resolve: loops, not LINQ, so that no closure is allocated per field.

    /// <summary>Whether the caller may select the element at all (before any data is read).</summary>
    public bool Admits(Caller caller)
    {
        if (IsPublic || IsInherited || HoldsGrant(caller, everywhereOnly: false)) return true;
        foreach (var condition in Conditions)
            if (condition.Readers.Admits(caller)) return true;
        return false;
    }

    /// <summary>
    /// The decision on one object: true or false when it does not depend on the object's
    /// department, null when it does (the caller is admitted in its own department only).
    /// </summary>
    public bool? AdmitsOn(Caller caller, object? source)
    {
        if (AdmitsEverywhere(caller)) return true;
        var scoped = HoldsGrant(caller, everywhereOnly: false);
        if (source is not null)
            foreach (var condition in Conditions)
            {
                if (!condition.Applies(source)) continue;
                if (condition.Readers.AdmitsEverywhere(caller)) return true;
                scoped |= condition.Readers.Admits(caller);
            }
        return scoped ? null : false;
    }

    /// <summary>Whether the caller may read the element on every object, with no department check.</summary>
    public bool AdmitsEverywhere(Caller caller) => IsPublic || IsInherited || HoldsGrant(caller, everywhereOnly: true);

    private bool HoldsGrant(Caller caller, bool everywhereOnly)
    {
        foreach (var grant in Grants)
            if ((!everywhereOnly || !grant.OwnDepartmentOnly) && caller.Roles.Contains(grant.Role)) return true;
        return false;
    }

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
        var sentence = $"Readable by: {string.Join("; ", parts)}.";
        foreach (var condition in Conditions)
            sentence += $" When {condition.Description}, also: {condition.Readers.Describe()["Readable by: ".Length..].TrimEnd('.')}.";
        return sentence;
    }
}
