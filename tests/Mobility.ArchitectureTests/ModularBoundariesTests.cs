using System.Reflection;
using Mobility.ArchitectureTests.Rules;
using Mobility.Fixtures.LeakyBuildingBlock;
using Mobility.Fixtures.RogueModule;

namespace Mobility.ArchitectureTests;

public sealed class ModularBoundariesTests
{
    private static readonly IReadOnlyList<ModuleUnderTest> Modules = Host.Modules.All().Select(ModuleUnderTest.From).ToList();

    private static readonly ModuleUnderTest Rogue = ModuleUnderTest.From(new RogueModule());

    private static IReadOnlyList<ModuleUnderTest> ModulesAndRogue => [.. Modules, Rogue];

    public static TheoryData<string> ModuleNames() => [.. Modules.Select(m => m.Name)];

    [Fact]
    public void The_host_composes_the_four_modules_of_the_design_and_access()
        => Assert.Equal(["enrolment", "placements", "recognition", "impact", "access"], Modules.Select(m => m.Name));

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_exposes_only_its_module_class(string name)
        => Assert.Empty(ArchitectureRules.OnlyTheModuleClassIsPublic(Get(name)));

    [Fact]
    public void A_public_helper_in_a_module_is_reported()
        => Assert.Contains(ArchitectureRules.OnlyTheModuleClassIsPublic(Rogue), v => v.Contains("PublicHelper", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_uses_other_modules_only_through_their_contracts(string name)
        => Assert.Empty(ArchitectureRules.ModulesUseOthersOnlyThroughContracts(Get(name), Modules));

    [Fact]
    public void A_module_referencing_another_modules_implementation_is_reported()
        => Assert.Contains(
            ArchitectureRules.ModulesUseOthersOnlyThroughContracts(Rogue, ModulesAndRogue),
            v => v.Contains("Mobility.Enrolment", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(BuildingBlockNames))]
    public void Building_blocks_reference_no_module(string buildingBlock)
        => Assert.Empty(ArchitectureRules.BuildingBlocksReferenceNoModule(Assembly.Load(buildingBlock), Modules));

    [Fact]
    public void Every_building_block_library_is_checked()
    {
        var libraries = Directory.GetDirectories(Path.Combine(RepositoryRoot(), "src", "BuildingBlocks"))
            .Select(Path.GetFileName)
            .Where(name => !File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "BuildingBlocks", name!, $"{name}.csproj"))
                .Contains("<OutputType>Exe</OutputType>", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

        Assert.Equal(libraries, BuildingBlocks.Order(StringComparer.Ordinal));
    }

    public static TheoryData<string> BuildingBlockNames => new(BuildingBlocks);

    private static readonly string[] BuildingBlocks =
        ["Mobility.BuildingBlocks", "Mobility.GraphQL", "Mobility.GraphQL.GraphiQL", "Mobility.Charts", "Mobility.Documents"];

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Mobility.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Mobility.sln was not found above the test binaries.");
    }

    [Fact]
    public void A_building_block_referencing_a_module_is_reported()
        => Assert.NotEmpty(ArchitectureRules.BuildingBlocksReferenceNoModule(typeof(LeakyHelper).Assembly, Modules));

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Contracts_hold_only_records_interfaces_and_enums_and_no_ef_core(string name)
        => Assert.Empty(ArchitectureRules.ContractsAreThin(Get(name)));

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_maps_only_its_own_types_into_its_own_schema(string name)
        => Assert.Empty(ArchitectureRules.ModuleTablesLiveInItsOwnSchema(Get(name)));

    [Fact]
    public void A_table_mapped_into_another_modules_schema_is_reported()
        => Assert.Contains(ArchitectureRules.ModuleTablesLiveInItsOwnSchema(Rogue), v => v.Contains("schema 'enrolment'", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void No_module_writes_sql_against_another_modules_schema(string name)
        => Assert.Empty(ArchitectureRules.NoSqlNamesAnotherModulesSchema(Get(name), Modules));

    [Fact]
    public void Sql_naming_another_modules_schema_is_reported()
        => Assert.Contains(
            ArchitectureRules.NoSqlNamesAnotherModulesSchema(Rogue, ModulesAndRogue),
            v => v.Contains("enrolment.learners", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Every_use_case_has_one_handler_and_every_command_a_validator(string name)
        => Assert.Empty(ArchitectureRules.EveryRequestHasOneHandlerAndAValidator(Get(name)));

    [Fact]
    public void A_request_without_handler_or_validator_is_reported()
    {
        var violations = ArchitectureRules.EveryRequestHasOneHandlerAndAValidator(Rogue);
        Assert.Contains(violations, v => v.Contains("OrphanRequest has 0 handlers", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("OrphanRequest has no validator", StringComparison.Ordinal));
    }

    /// <summary>The modules whose use cases change people's data check who sends them.</summary>
    [Theory]
    [InlineData("enrolment")]
    [InlineData("placements")]
    [InlineData("recognition")]
    public void Every_command_of_enrolment_placements_and_recognition_has_an_authorizer(string name)
        => Assert.Empty(ArchitectureRules.EveryCommandHasAnAuthorizer(Get(name)));

    [Fact]
    public void A_command_without_an_authorizer_is_reported()
        => Assert.Contains(
            ArchitectureRules.EveryCommandHasAnAuthorizer(Rogue),
            v => v.Contains("command OrphanRequest has no authorizer", StringComparison.Ordinal));

    private static ModuleUnderTest Get(string name) => Modules.Single(m => m.Name == name);
}
