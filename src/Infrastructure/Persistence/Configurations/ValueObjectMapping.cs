using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

/// <summary>Column layout of the value objects, so that every table names them the same way.</summary>
internal static class ValueObjectMapping
{
    /// <summary>Maps money to <c>{column}</c> and <c>{column}Currency</c>.</summary>
    public static void MapMoney(this ComplexPropertyBuilder<Money> money, string column)
    {
        money.Property(m => m.Amount).HasColumnName(column).HasPrecision(18, 2);
        money.Property(m => m.Currency).HasColumnName(column + "Currency").HasMaxLength(3).IsFixedLength();
    }

    /// <summary>Maps a plan to <c>{prefix}Scope</c>, <c>{prefix}Budget</c>, <c>{prefix}StartOn</c>, <c>{prefix}DueOn</c>.</summary>
    public static void MapPlan(this ComplexPropertyBuilder<ProjectPlan> plan, string prefix)
    {
        plan.Property(p => p.Scope).HasColumnName(prefix + "Scope").HasMaxLength(2000);
        plan.Property(p => p.StartOn).HasColumnName(prefix + "StartOn");
        plan.Property(p => p.DueOn).HasColumnName(prefix + "DueOn");
        plan.ComplexProperty(p => p.Budget, m => m.MapMoney(prefix + "Budget"));
    }
}
