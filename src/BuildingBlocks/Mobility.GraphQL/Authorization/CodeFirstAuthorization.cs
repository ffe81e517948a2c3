using System.Reflection;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Authorization;

/// <summary>
/// Reads <c>[Authorize]</c> and <c>[AllowAnonymous]</c> from code-first classes, then gives every field of the built
/// schema the rules its readers must pass.
/// </summary>
internal sealed class CodeFirstAuthorization(List<string> errors)
{
    /// <summary>Whether some rule was declared, so the schema defines and prints the directives.</summary>
    public bool Used { get; private set; }

    /// <summary>A root-field or type-extension class, whose rules go to each field it declares.</summary>
    public void AnnotateClass(Type clr)
    {
        CheckForeignAttributes(clr);
        if (clr.IsDefined(typeof(AllowAnonymousAttribute)) && clr.IsDefined(typeof(AuthorizeAttribute)))
        {
            errors.Add($"{clr.Name} cannot be both [Authorize] and [AllowAnonymous].");
        }
    }

    /// <summary>A type's own class: its rules apply to every field of the type.</summary>
    public void AnnotateType(ComplexType type, Type clr)
    {
        CheckForeignAttributes(clr);
        foreach (var rule in Rules(clr))
        {
            AddDistinct(type.AuthorizeRules, rule);
        }

        if (clr.IsDefined(typeof(AllowAnonymousAttribute)) && type.AuthorizeRules.Count > 0)
        {
            errors.Add($"{clr.Name} cannot be both [Authorize] and [AllowAnonymous].");
        }
    }

    /// <summary>
    /// A field from <paramref name="member"/> of <paramref name="declaringClass"/>; the class's rules are the field's
    /// own unless the class is the type's (<paramref name="classIsType"/>), whose rules cover every field of the type.
    /// </summary>
    public void AnnotateField(FieldDefinition field, MemberInfo? member, Type declaringClass, bool classIsType)
    {
        if (member is not null)
        {
            CheckForeignAttributes(member);
        }

        List<AuthorizeRule> memberRules = member is null ? [] : Rules(member);
        var memberAnonymous = member?.IsDefined(typeof(AllowAnonymousAttribute)) == true;
        if (memberAnonymous && memberRules.Count > 0)
        {
            errors.Add($"{declaringClass.Name}.{member!.Name} cannot be both [Authorize] and [AllowAnonymous].");
        }

        field.AllowAnonymous = memberAnonymous || (declaringClass.IsDefined(typeof(AllowAnonymousAttribute)) && memberRules.Count == 0);
        Used |= field.AllowAnonymous;
        if (field.AllowAnonymous)
        {
            return;
        }

        foreach (var rule in classIsType ? memberRules : memberRules.Concat(Rules(declaringClass)))
        {
            AddDistinct(field.AuthorizeRules, rule);
        }
    }

    /// <summary>Gives each field the rules of its type and its own, or the schema-wide default when it has none.</summary>
    public static void Apply(Schema schema, bool requireAuthenticatedUser)
    {
        if (requireAuthenticatedUser)
        {
            schema.AuthorizeRules = [AuthorizeRule.Authenticated];
        }

        foreach (var type in schema.Types.OfType<ObjectType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            foreach (var field in type.Fields)
            {
                if (field.AllowAnonymous)
                {
                    continue;
                }

                var rules = type.AuthorizeRules.Concat(field.AuthorizeRules).Distinct().ToList();
                if (rules.Count == 0 && requireAuthenticatedUser)
                {
                    rules.Add(AuthorizeRule.Authenticated);
                }

                field.Authorization = rules.Count == 0 ? null : new FieldAuthorization(rules);
            }
        }
    }

    /// <summary>The definitions of <c>@authorize</c> and <c>@allowAnonymous</c>, as HotChocolate prints its own.</summary>
    public static DirectiveDefinition[] Directives(ScalarType stringType) =>
    [
        new("authorize", ["SCHEMA", "OBJECT", "FIELD_DEFINITION"])
        {
            Description = "Only an authenticated user may read the annotated fields (on the schema: every field not marked @allowAnonymous; on a type: each of its fields). With roles, the user must be in at least one of them.",
            Arguments = [new InputValueDefinition("roles", new ListType(new NonNullType(stringType))) { Description = "Roles allowed to read, any one of which suffices." }],
            IsRepeatable = true,
        },
        new("allowAnonymous", ["FIELD_DEFINITION"])
        {
            Description = "Anyone may read the field, signed in or not, whatever its type or the schema requires.",
        },
    ];

    private List<AuthorizeRule> Rules(MemberInfo member)
    {
        var rules = member.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Select(AuthorizeRule.From).ToList();
        Used |= rules.Count > 0;
        return rules;
    }

    private static void AddDistinct(List<AuthorizeRule> rules, AuthorizeRule rule)
    {
        if (!rules.Contains(rule))
        {
            rules.Add(rule);
        }
    }

    /// <summary>ASP.NET Core's attributes look the same and would silently protect nothing.</summary>
    private void CheckForeignAttributes(MemberInfo member)
    {
        foreach (var attribute in member.GetCustomAttributes(inherit: true))
        {
            var name = attribute.GetType().FullName;
            if (name is "Microsoft.AspNetCore.Authorization.AuthorizeAttribute" or "Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute")
            {
                errors.Add($"{(member as Type ?? member.DeclaringType)?.Name}{(member is Type ? "" : "." + member.Name)} uses {name}, which GraphQL does not read: use Mobility.GraphQL.{attribute.GetType().Name}.");
            }
        }
    }
}
