using System.Linq.Expressions;

namespace InfoGov.Api.Engine.Common;

/// <summary>A value for a query built from expressions, read through a member of a constant: EF Core
/// then sends it as a SQL parameter (one cached plan for every value) instead of inlining it.</summary>
public static class QueryParameter
{
    public static Expression Of(object value, Type type) =>
        Expression.Property(Expression.Constant(Activator.CreateInstance(typeof(Box<>).MakeGenericType(type), value)), nameof(Box<int>.Value));

    private sealed class Box<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }
}
