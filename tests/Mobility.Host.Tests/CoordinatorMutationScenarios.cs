using System.Text.Json;
using Mobility.BuildingBlocks.Persistence;
using Mobility.BuildingBlocks.Security;

namespace Mobility.Host.Tests;

/// <summary>
/// The use cases as GraphQL mutations through the running host, each user signed in with their own API token: a
/// placement from plan to completion, a refusal, bad input; every refusal is a typed error and writes nothing.
/// </summary>
public abstract class CoordinatorMutationScenarios(DatabaseProvider provider) : IAsyncLifetime
{
    private const string TutorEmail = "lena.vogt@host-mutations.example";

    private const string Plan = """
        mutation($host: UUID!, $staff: UUID!, $callYear: Int!) {
          planPlacement(kind: JOB_SHADOWING, callYear: $callYear, hostOrganisationId: $host,
                        startsOn: "2026-10-05", endsOn: "2026-10-09", staffMemberId: $staff) {
            id status durationDays
          }
        }
        """;

    private RunningPlatform _platform = null!;

    public async Task InitializeAsync() => _platform = await RunningPlatform.StartAsync(provider);

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    [Fact]
    public async Task A_coordinator_plans_confirms_after_appointing_a_host_tutor_starts_and_completes_a_placement()
    {
        var (coordinator, school, host) = await ArrangeAsync();
        var staff = await MutateAsync(coordinator, """
            mutation($school: UUID!) {
              registerStaffMember(firstName: "Inès", lastName: "Morel", email: "ines.morel@school.example", role: TEACHER, organisationId: $school) { id }
            }
            """, new { school });
        var staffId = staff.GetProperty("registerStaffMember").GetProperty("id").GetGuid();
        var teacher = await _platform.UserWithTokenAsync(
            "ines.morel@school.example", "--role", "SchoolStaff", "--works-at", school.ToString(), "--staff-member", staffId.ToString());
        var tutor = await _platform.UserWithTokenAsync(TutorEmail, "--role", "HostTutor");

        var planned = (await MutateAsync(coordinator, Plan, new { host, staff = staffId, callYear = 2026 })).GetProperty("planPlacement");
        var placement = planned.GetProperty("id").GetGuid();
        var early = await ErrorAsync(coordinator, "mutation($id: UUID!) { confirmPlacement(placementId: $id) { status } }", new { id = placement });
        await MutateAsync(coordinator, """
            mutation($id: UUID!) {
              appointHostTutor(placementId: $id, name: "Lena Vogt", email: "lena.vogt@host-mutations.example", position: "Workshop lead") { id }
              draftLearningAgreement(placementId: $id, draftedBy: "Coordinator",
                objectives: [{ description: "Shadow the maintenance team for a week", successIndicator: "A written report the tutor signs" }]) { id }
              signLearningAgreement(placementId: $id, party: SENDING_SCHOOL, signedBy: "Coordinator") { id }
            }
            """, new { id = placement });
        await MutateAsync(teacher, "mutation($id: UUID!) { signLearningAgreement(placementId: $id, party: PARTICIPANT, signedBy: \"Inès Morel\") { id } }", new { id = placement });
        await MutateAsync(tutor, "mutation($id: UUID!) { signLearningAgreement(placementId: $id, party: HOST, signedBy: \"Lena Vogt\") { id } }", new { id = placement });
        var done = await MutateAsync(coordinator, """
            mutation($id: UUID!) {
              confirmPlacement(placementId: $id) { status confirmedAt hostTutor { email } }
              startPlacement(placementId: $id) { status }
              completePlacement(placementId: $id) { status closedAt }
            }
            """, new { id = placement });

        Assert.Equal("PLANNED", planned.GetProperty("status").GetString());
        Assert.Equal(5, planned.GetProperty("durationDays").GetInt32());
        Assert.Equal("HOST_TUTOR_REQUIRED_BEFORE_CONFIRMATION", Code(early));
        Assert.Equal("CONFIRMED", done.GetProperty("confirmPlacement").GetProperty("status").GetString());
        Assert.Equal(TutorEmail, done.GetProperty("confirmPlacement").GetProperty("hostTutor").GetProperty("email").GetString());
        Assert.Equal("IN_PROGRESS", done.GetProperty("startPlacement").GetProperty("status").GetString());
        Assert.Equal("COMPLETED", done.GetProperty("completePlacement").GetProperty("status").GetString());
    }

    [Fact]
    public async Task School_staff_of_another_school_are_refused_with_a_typed_error_and_nothing_changes()
    {
        var (coordinator, school, host) = await ArrangeAsync();
        var staffId = (await MutateAsync(coordinator, """
            mutation($school: UUID!) { registerStaffMember(firstName: "Hugo", lastName: "Roux", email: "hugo.roux@school.example", role: TEACHER, organisationId: $school) { id } }
            """, new { school })).GetProperty("registerStaffMember").GetProperty("id").GetGuid();
        var placement = (await MutateAsync(coordinator, Plan, new { host, staff = staffId, callYear = 2026 })).GetProperty("planPlacement").GetProperty("id").GetGuid();
        var otherSchool = await OtherMemberSchoolAsync(school);
        var outsider = await _platform.UserWithTokenAsync("staff@other-school.example", "--role", "SchoolStaff", "--works-at", otherSchool.ToString());

        var refused = await ErrorAsync(outsider, """
            mutation($id: UUID!) { appointHostTutor(placementId: $id, name: "Someone", email: "someone@host.example", position: "Chef") { id } }
            """, new { id = placement });
        var cancel = await ErrorAsync(outsider, "mutation($id: UUID!) { cancelPlacement(placementId: $id, reason: \"Not ours\", forceMajeure: false) { id } }", new { id = placement });
        var after = await _platform.AsPlatformAsync("query($id: UUID!) { placement(id: $id) { status hostTutor { email } } }", new { id = placement });

        Assert.Equal(BuildingBlocks.Security.Access.Denied, Code(refused));
        Assert.Contains("not one your organisations send or host", refused.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(BuildingBlocks.Security.Access.Denied, Code(cancel));
        Assert.Equal("PLANNED", after.GetProperty("placement").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("placement").GetProperty("hostTutor").ValueKind);
    }

    [Fact]
    public async Task Bad_input_gets_a_typed_error_naming_the_field_and_writes_nothing()
    {
        var (coordinator, school, host) = await ArrangeAsync();
        var staffId = (await MutateAsync(coordinator, """
            mutation($school: UUID!) { registerStaffMember(firstName: "Léa", lastName: "Blanc", email: "lea.blanc@school.example", role: TEACHER, organisationId: $school) { id } }
            """, new { school })).GetProperty("registerStaffMember").GetProperty("id").GetGuid();
        const string Count = "{ placements { totalCount } staff { totalCount } }";
        var before = await _platform.AsPlatformAsync(Count);

        var badYear = await ErrorAsync(coordinator, Plan, new { host, staff = staffId, callYear = 1999 });
        var badEmail = await ErrorAsync(coordinator, """
            mutation($school: UUID!) { registerStaffMember(firstName: "Paul", lastName: "Noir", email: "not an e-mail", role: TEACHER, organisationId: $school) { id } }
            """, new { school });
        var after = await _platform.AsPlatformAsync(Count);

        Assert.Equal("BAD_USER_INPUT", Code(badYear));
        Assert.Contains("callYear", badYear.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("BAD_USER_INPUT", Code(badEmail));
        Assert.Contains("email", badEmail.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before.GetRawText(), after.GetRawText());
    }

    /// <summary>The demo coordinator's token, a member school of their consortium, and a host abroad.</summary>
    private async Task<(string Token, Guid School, Guid Host)> ArrangeAsync()
    {
        var token = await _platform.TokenAsync(PlatformRole.ConsortiumCoordinator);
        var school = (await GraphQLRequests.DataAsync(_platform.Client, "{ me { memberships { id } } }", await _platform.TokenAsync(PlatformRole.SchoolStaff)))
            .GetProperty("me").GetProperty("memberships")[0].GetProperty("id").GetGuid();
        var host = (await GraphQLRequests.DataAsync(_platform.Client,
            "{ hostOrganisations(first: 1, where: { country: { neq: \"FR\" } }, order: [{ name: ASC }]) { nodes { id } } }", token))
            .GetProperty("hostOrganisations").GetProperty("nodes")[0].GetProperty("id").GetGuid();
        return (token, school, host);
    }

    private async Task<Guid> OtherMemberSchoolAsync(Guid school)
    {
        var organisations = await GraphQLRequests.DataAsync(_platform.Client,
            "query($school: UUID!) { organisations(first: 1, where: { id: { neq: $school }, kind: { eq: VOCATIONAL_SCHOOL } }) { nodes { id } } }",
            await _platform.TokenAsync(PlatformRole.ConsortiumCoordinator), new { school });
        return organisations.GetProperty("organisations").GetProperty("nodes")[0].GetProperty("id").GetGuid();
    }

    private async Task<JsonElement> MutateAsync(string token, string mutation, object? variables = null) =>
        await GraphQLRequests.DataAsync(_platform.Client, mutation, token, variables);

    /// <summary>The one error of a refused mutation; the mutation field itself is null.</summary>
    private async Task<JsonElement> ErrorAsync(string token, string mutation, object? variables = null)
    {
        using var result = await GraphQLRequests.PostAsync(_platform.Client, mutation, variables, token: token);
        var errors = result.RootElement.GetProperty("errors");
        Assert.Equal(1, errors.GetArrayLength());
        return errors[0].Clone();
    }

    private static string? Code(JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString();
}

public sealed class CoordinatorMutationScenariosOnSqlite() : CoordinatorMutationScenarios(DatabaseProvider.Sqlite);

public sealed class CoordinatorMutationScenariosOnPostgres() : CoordinatorMutationScenarios(DatabaseProvider.Postgres);
