using Microsoft.Extensions.DependencyInjection;
using Mobility.GraphQL.CodeFirst;

namespace Mobility.GraphQL;

/// <summary>
/// Code-first schemas, HotChocolate style: public properties and methods of C# classes become fields,
/// modules contribute root fields and extend each other's types with type-extension classes.
/// </summary>
/// <example>
/// <code>
/// var schema = new GraphQLSchemaBuilder()
///     .AddQueryType&lt;LearnerQueries&gt;()
///     .AddTypeExtension&lt;LearnerPlacements&gt;()   // [ExtendObjectType(typeof(Learner))]
///     .Build();
/// </code>
/// </example>
public sealed class GraphQLSchemaBuilder
{
    private readonly List<Type> _queryTypes = [];
    private readonly List<Type> _mutationTypes = [];
    private readonly List<Type> _types = [];
    private readonly List<Type> _extensions = [];
    private readonly List<Projection.ComputedField> _computed = [];
    private readonly SchemaOptions _options = new();
    private IServiceProviderIsService? _services;

    /// <summary>Adds the members of <typeparamref name="T"/> as Query fields (several classes may contribute).</summary>
    /// <typeparam name="T">A class whose public members are query fields.</typeparam>
    /// <returns>This builder.</returns>
    public GraphQLSchemaBuilder AddQueryType<T>()
    {
        _queryTypes.Add(typeof(T));
        return this;
    }

    /// <summary>Adds the members of <typeparamref name="T"/> as Mutation fields.</summary>
    /// <typeparam name="T">A class whose public members are mutation fields.</typeparam>
    /// <returns>This builder.</returns>
    public GraphQLSchemaBuilder AddMutationType<T>()
    {
        _mutationTypes.Add(typeof(T));
        return this;
    }

    /// <summary>Adds an object, enum or input type even when no field refers to it.</summary>
    /// <typeparam name="T">The CLR type.</typeparam>
    /// <returns>This builder.</returns>
    public GraphQLSchemaBuilder AddType<T>()
    {
        _types.Add(typeof(T));
        return this;
    }

    /// <summary>Adds a class marked <see cref="ExtendObjectTypeAttribute"/>, whose members become fields of the extended type.</summary>
    /// <typeparam name="T">The extension class.</typeparam>
    /// <returns>This builder.</returns>
    public GraphQLSchemaBuilder AddTypeExtension<T>()
    {
        _extensions.Add(typeof(T));
        return this;
    }

    /// <summary>
    /// Adds a field to the object type of <typeparamref name="T"/> computed by an expression. Unlike a resolver
    /// method, the expression is also usable in <c>where:</c> and <c>order:</c> (it is inlined, so the database
    /// filters and sorts by it) and projection reads the members it uses.
    /// </summary>
    /// <typeparam name="T">The entity class.</typeparam>
    /// <typeparam name="TValue">The field's value: a scalar or enum.</typeparam>
    /// <param name="name">The GraphQL field name, e.g. <c>"weeks"</c>.</param>
    /// <param name="expression">What EF Core can translate, e.g. <c>p =&gt; p.End.DayNumber - p.Start.DayNumber</c>.</param>
    /// <param name="description">The field's description.</param>
    /// <returns>This builder.</returns>
    public GraphQLSchemaBuilder AddComputedField<T, TValue>(string name, System.Linq.Expressions.Expression<Func<T, TValue>> expression, string? description = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(expression);
        _computed.Add(new Projection.ComputedField(typeof(T), name, expression, description));
        return this;
    }

    /// <summary>Lets resolver parameters whose type is a registered service be injected instead of becoming arguments.</summary>
    /// <param name="services">Usually the application's <see cref="IServiceProviderIsService"/>.</param>
    /// <returns>This builder.</returns>
    public GraphQLSchemaBuilder UseServiceDetection(IServiceProviderIsService services)
    {
        _services = services;
        return this;
    }

    /// <summary>
    /// Every field needs an authenticated user unless it is <c>[AllowAnonymous]</c>; <c>__typename</c> and
    /// introspection (governed by <c>ExecutorOptions.EnableIntrospection</c>) stay open. An unauthenticated request
    /// then gets nothing else. The SDL shows it as <c>schema @authorize</c>.
    /// </summary>
    /// <returns>This builder.</returns>
    public GraphQLSchemaBuilder RequireAuthenticatedUser()
    {
        _options.RequireAuthenticatedUser = true;
        return this;
    }

    /// <summary>
    /// Relay's global object identification (HotChocolate's <c>AddGlobalObjectIdentification</c>): a <c>Node</c>
    /// interface (<c>id: ID!</c>), <c>node(id: ID!): Node</c> and <c>nodes(ids: [ID!]!): [Node]!</c>. Classes marked
    /// <c>[Node]</c> (with a static <c>[NodeResolver]</c> method) or added with <see cref="AddNode{T}"/> implement
    /// Node and answer global IDs; <c>[ID]</c> arguments and input fields take global IDs and hand resolvers the key.
    /// </summary>
    /// <returns>This builder.</returns>
    public GraphQLSchemaBuilder AddGlobalObjectIdentification()
    {
        _options.GlobalObjectIdentification = true;
        return this;
    }

    /// <summary>
    /// Global object identification where an <c>[ID]</c> argument, input field or <c>id</c> filter also takes the
    /// bare key (say a UUID kept in a spreadsheet) besides a global ID. A global ID still has to be of the right
    /// type; a bare key is taken as the key of the type the input expects.
    /// </summary>
    /// <returns>This builder.</returns>
    public GraphQLSchemaBuilder AddGlobalObjectIdentificationAcceptingBareKeys()
    {
        _options.GlobalObjectIdentification = true;
        _options.AcceptBareKeys = true;
        return this;
    }

    /// <summary>
    /// Makes <typeparamref name="T"/> a node loaded by <paramref name="resolve"/>, for a class that cannot carry
    /// <c>[Node]</c> and a <c>[NodeResolver]</c> method; turns on global object identification.
    /// </summary>
    /// <typeparam name="T">The node's class; its <c>Id</c> property is the key.</typeparam>
    /// <param name="resolve">
    /// Loads one: a parameter named <c>id</c> receives the key, the others are filled like a resolver's, e.g.
    /// <c>static (Guid id, IMediator mediator, CancellationToken ct) =&gt; ...</c>.
    /// </param>
    /// <returns>This builder.</returns>
    public GraphQLSchemaBuilder AddNode<T>(Delegate resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        _options.GlobalObjectIdentification = true;
        _options.Nodes.Add((typeof(T), resolve));
        return this;
    }

    /// <summary>
    /// HotChocolate's mutation conventions: each mutation <c>doThing(a, b)</c> becomes
    /// <c>doThing(input: DoThingInput!): DoThingPayload!</c>, its payload holding the result (under the result type's
    /// name) and <c>errors: [DoThingError!]</c>, the union of its <c>[Error]</c>s and the default errors, each
    /// implementing <c>interface Error { message: String! }</c>. A declared exception thrown by the mutation becomes
    /// an entry in <c>errors</c>; any other stays a GraphQL error.
    /// </summary>
    /// <param name="configure">Default errors, and whether every mutation follows the conventions (the default).</param>
    /// <returns>This builder.</returns>
    public GraphQLSchemaBuilder AddMutationConventions(Action<MutationConventionOptions>? configure = null)
    {
        _options.MutationConventions ??= new MutationConventionOptions();
        configure?.Invoke(_options.MutationConventions);
        return this;
    }

    /// <summary>Builds and validates the schema; throws <see cref="GraphQLSchemaException"/> listing every problem.</summary>
    /// <returns>The schema.</returns>
    public GraphQLSchema Build() =>
        GraphQLSchema.FromBuilt(new ClrSchemaBuilder(_services, _computed, _options).Build(_queryTypes, _mutationTypes, _types, _extensions));
}
