using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Common;

/// <summary>Case-insensitive "contains" for the lists' <c>search</c> arguments, as SQL LIKE with the
/// user's wildcards escaped (SQLite's LIKE ignores ASCII case; SQL Server follows its CI collation).</summary>
public static class TextSearch
{
    public static string Pattern(string text) =>
        "%" + text.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_").Replace("[", "\\[") + "%";

    /// <summary>Items whose code, name or English name contains <paramref name="text"/>.</summary>
    public static IQueryable<T> Matching<T>(this IQueryable<T> source, string? text,
        Expression<Func<T, string>> code, Expression<Func<T, string>> name, Expression<Func<T, string?>> nameEn)
    {
        if (string.IsNullOrWhiteSpace(text)) return source;
        var pattern = Pattern(text);
        var item = Expression.Parameter(typeof(T), "item");
        Expression Like(LambdaExpression property) => Expression.Call(
            typeof(DbFunctionsExtensions), nameof(DbFunctionsExtensions.Like), Type.EmptyTypes,
            Expression.Constant(EF.Functions), new ParameterReplacer(property.Parameters[0], item).Visit(property.Body)!,
            Expression.Constant(pattern), Expression.Constant("\\"));
        var body = Expression.OrElse(Expression.OrElse(Like(code), Like(name)), Like(nameEn));
        return source.Where(Expression.Lambda<Func<T, bool>>(body, item));
    }
}
