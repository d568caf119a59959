using System.Linq.Expressions;
using System.Reflection;
using CampaignFlow.Domain.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CampaignFlow.Segments.Filters;

/// <summary>
/// Rewrites the rules' set facts into a form the database can drive from its code index. A rule such as
/// <c>contact.JobResponsibilities.Contains("PURCHASE")</c> arrives as
/// <c>c.JobResponsibilities.Select(j =&gt; j.Code).Contains("PURCHASE")</c>, which EF translates to a subquery
/// correlated with every contact (SQLite then probes once per contact: ~7× slower on a million). The same test
/// written as <c>c.No IN (SELECT ContactNo FROM ContactJobResponsibilities WHERE Code = 'PURCHASE')</c> reads the
/// (Code, ContactNo) index once. Works for any collection navigation of the contact or of its company
/// (<c>c.Company.BusinessRelations</c> becomes <c>c.CompanyNo IN (…)</c>), using the EF model's keys; anything
/// else is left as it is. The meaning is unchanged (the subquery's key column is never NULL).
/// </summary>
internal sealed class SetMembershipRewriter(DbContext db, ParameterExpression contact) : ExpressionVisitor
{
    private static readonly MethodInfo QueryableWhere = QueryableMethod(nameof(Queryable.Where), 2, m => m.GetParameters()[1].ParameterType.GetGenericArguments()[0].GetGenericArguments().Length == 2);
    private static readonly MethodInfo QueryableSelect = QueryableMethod(nameof(Queryable.Select), 2, m => m.GetParameters()[1].ParameterType.GetGenericArguments()[0].GetGenericArguments().Length == 2);
    private static readonly MethodInfo QueryableContains = QueryableMethod(nameof(Queryable.Contains), 2, _ => true);

    public static Expression<Func<Contact, bool>> Rewrite(DbContext db, Expression<Func<Contact, bool>> predicate)
    {
        var parameter = predicate.Parameters[0];
        var body = new SetMembershipRewriter(db, parameter).Visit(predicate.Body);
        return Expression.Lambda<Func<Contact, bool>>(body, parameter);
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Method.DeclaringType == typeof(Enumerable) && node.Method.Name == nameof(Enumerable.Contains) && node.Arguments.Count == 2
            && node.Arguments[0] is MethodCallExpression { Method.Name: nameof(Enumerable.Select) } select
            && select.Method.DeclaringType == typeof(Enumerable) && select.Arguments.Count == 2
            && select.Arguments[1] is LambdaExpression { Body: MemberExpression { Expression: ParameterExpression } codeAccess } codeLambda
            && codeAccess.Expression == codeLambda.Parameters[0]
            && select.Arguments[0] is MemberExpression { Expression: { } owner } collection
            && TryRewrite(owner, collection.Member.Name, codeLambda, Visit(node.Arguments[1])) is { } rewritten)
            return rewritten;
        return base.VisitMethodCall(node);
    }

    private Expression? TryRewrite(Expression owner, string navigationName, LambdaExpression codeLambda, Expression value)
    {
        var ownerType = db.Model.FindEntityType(owner.Type);
        var navigation = ownerType?.FindNavigation(navigationName);
        if (navigation is not { IsCollection: true } || navigation.ForeignKey.Properties.Count != 1) return null;
        var dependentKey = navigation.ForeignKey.Properties[0];
        var principalKey = navigation.ForeignKey.PrincipalKey.Properties[0];
        var key = OwnerKey(owner, principalKey);
        if (key is null || dependentKey.PropertyInfo is null) return null;

        var element = navigation.TargetEntityType.ClrType;
        var root = ((IQueryable)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(element).Invoke(db, null)!).Expression;
        var x = codeLambda.Parameters[0];
        var codeType = codeLambda.Body.Type;
        var matches = Expression.Lambda(Expression.Equal(codeLambda.Body, value.Type == codeType ? value : Expression.Convert(value, codeType)), x);
        var keyType = dependentKey.ClrType;
        var keys = Expression.Lambda(Expression.Property(x, dependentKey.PropertyInfo), x);
        var filtered = Expression.Call(QueryableWhere.MakeGenericMethod(element), root, Expression.Quote(matches));
        var projected = Expression.Call(QueryableSelect.MakeGenericMethod(element, keyType), filtered, Expression.Quote(keys));
        return Expression.Call(QueryableContains.MakeGenericMethod(keyType), projected, key.Type == keyType ? key : Expression.Convert(key, keyType));
    }

    /// <summary>The owner's principal key without a join: c.No for the contact, c.CompanyNo for c.Company.</summary>
    private Expression? OwnerKey(Expression owner, IProperty principalKey)
    {
        if (owner == contact) return principalKey.PropertyInfo is null ? null : Expression.Property(owner, principalKey.PropertyInfo);
        if (owner is not MemberExpression { Expression: { } parent } reference || parent != contact) return null;
        var navigation = db.Model.FindEntityType(parent.Type)?.FindNavigation(reference.Member.Name);
        if (navigation is not { IsCollection: false, IsOnDependent: true } || navigation.ForeignKey.Properties.Count != 1
            || navigation.ForeignKey.PrincipalKey.Properties[0] != principalKey) return null;
        var foreignKey = navigation.ForeignKey.Properties[0].PropertyInfo;
        return foreignKey is null ? null : Expression.Property(parent, foreignKey);
    }

    private static MethodInfo QueryableMethod(string name, int parameters, Func<MethodInfo, bool> pick) =>
        typeof(Queryable).GetMethods().Single(m => m.Name == name && m.GetParameters().Length == parameters && pick(m));
}
