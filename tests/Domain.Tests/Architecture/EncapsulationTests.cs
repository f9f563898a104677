using System.Reflection;
using System.Runtime.CompilerServices;
using InfoGov.Domain.Common;

namespace InfoGov.Domain.Tests.Architecture;

/// <summary>Domain state changes only through the domain's own methods: a property may be set when an
/// object is made (init) but never afterwards from outside.</summary>
public class EncapsulationTests
{
    [Fact]
    public void No_domain_type_has_a_public_setter()
    {
        var open = typeof(Money).Assembly.GetTypes()
            .Where(t => t.IsPublic || t.IsNestedPublic)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
                .Select(p => $"{t.FullName}.{p.Name}"))
            .ToList();
        Assert.True(open.Count == 0, "Public setters: " + string.Join(", ", open));
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
