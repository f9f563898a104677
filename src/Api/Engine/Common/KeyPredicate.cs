using System.Linq.Expressions;

namespace InfoGov.Api.Engine.Common;

/// <summary>Row predicates built from a predicate on a key and the row's key.</summary>
public static class KeyPredicate
{
    /// <summary>visible(keyOf(row)), composed as one expression tree so that EF translates it to SQL.</summary>
    public static Expression<Func<TRow, bool>> Compose<TRow>(Expression<Func<Guid, bool>> visible, Expression<Func<TRow, Guid>> keyOf)
    {
        var body = new ParameterReplacer(visible.Parameters[0], keyOf.Body).Visit(visible.Body);
        return Expression.Lambda<Func<TRow, bool>>(body, keyOf.Parameters[0]);
    }
}
