using System.Linq.Expressions;

namespace InfoGov.Api.Engine.Common;

/// <summary>Substitutes an expression for a lambda's parameter, so that small expressions compose
/// into one tree EF Core can translate to SQL.</summary>
public sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
}
