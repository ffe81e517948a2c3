using System.Text.Json;
using Mobility.BuildingBlocks.Persistence;
using Mobility.BuildingBlocks.Security;
using Mobility.TestKit;

namespace Mobility.Host.Tests;

/// <summary>
/// The use cases as GraphQL mutations through the running host, each user signed in with their own API token: a
/// placement from plan to completion, a refusal, bad input; every refusal is a typed error and writes nothing.
/// </summary>
public abstract class CoordinatorMutationScenarios(DatabaseProvider provider) : IAsyncLifetime
{
    private const string TutorEmail = "lena.vogt@host-mutations.example";

    /// <summary>Every error a mutation may answer, as its payload lists them.</summary>
    private const string Errors = """
        errors { __typename ... on Error { message } ... on AccessDeniedError { code } ... on BusinessRuleError { code }
                 ... on InvalidInputError { failures { field rule message } } ... on NotFoundError { entity } }
        """;

    private const string Plan = $$"""
        mutation($host: ID!, $staff: ID!, $callYear: Int!) {
          planPlacement(input: { kind: JOB_SHADOWING, callYear: $callYear, hostOrganisationId: $host,
                                 startsOn: "2026-10-05", endsOn: "2026-10-09", staffMemberId: $staff }) {
            placement { id status durationDays } {{Errors}}
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
        var staffId = await NewStaffMemberAsync(coordinator, school, "ines.morel@school.example");
        var teacher = await _platform.UserWithTokenAsync(
            "ines.morel@school.example", "--role", "SchoolStaff", "--works-at", school.ToString(), "--staff-member", staffId.ToString());
        var tutor = await _platform.UserWithTokenAsync(TutorEmail, "--role", "HostTutor");

        var planned = Result(await MutateAsync(coordinator, Plan, new { host, staff = staffId, callYear = 2026 }), "planPlacement", "placement");
        var placement = planned.GetProperty("id").NodeKey();
        var early = Error(await MutateAsync(coordinator, $$"""mutation($id: ID!) { confirmPlacement(input: { placementId: $id }) { placement { status } {{Errors}} } }""", new { id = placement }), "confirmPlacement");
        var prepared = await MutateAsync(coordinator, $$"""
            mutation($id: ID!) {
              appointHostTutor(input: { placementId: $id, name: "Lena Vogt", email: "lena.vogt@host-mutations.example", position: "Workshop lead" }) { placement { id } {{Errors}} }
              draftLearningAgreement(input: { placementId: $id, draftedBy: "Coordinator",
                objectives: [{ description: "Shadow the maintenance team for a week", successIndicator: "A written report the tutor signs" }] }) { placement { id } {{Errors}} }
              signLearningAgreement(input: { placementId: $id, party: SENDING_SCHOOL, signedBy: "Coordinator" }) { placement { id } {{Errors}} }
            }
            """, new { id = placement });
        var participant = await MutateAsync(teacher, $$"""mutation($id: ID!) { signLearningAgreement(input: { placementId: $id, party: PARTICIPANT, signedBy: "Inès Morel" }) { placement { id } {{Errors}} } }""", new { id = placement });
        var hostSignature = await MutateAsync(tutor, $$"""mutation($id: ID!) { signLearningAgreement(input: { placementId: $id, party: HOST, signedBy: "Lena Vogt" }) { placement { id } {{Errors}} } }""", new { id = placement });
        var done = await MutateAsync(coordinator, $$"""
            mutation($id: ID!) {
              confirmPlacement(input: { placementId: $id }) { placement { status confirmedAt hostTutor { email } } {{Errors}} }
              startPlacement(input: { placementId: $id }) { placement { status } {{Errors}} }
              completePlacement(input: { placementId: $id }) { placement { status closedAt } {{Errors}} }
            }
            """, new { id = placement });

        Assert.Equal("PLANNED", planned.GetProperty("status").GetString());
        Assert.Equal(5, planned.GetProperty("durationDays").GetInt32());
        Assert.Equal(("BusinessRuleError", "HOST_TUTOR_REQUIRED_BEFORE_CONFIRMATION"), (Type(early), early.GetProperty("code").GetString()));
        foreach (var field in new[] { "appointHostTutor", "draftLearningAgreement", "signLearningAgreement" })
        {
            Result(prepared, field, "placement");
        }

        Result(participant, "signLearningAgreement", "placement");
        Result(hostSignature, "signLearningAgreement", "placement");
        Assert.Equal("CONFIRMED", Result(done, "confirmPlacement", "placement").GetProperty("status").GetString());
        Assert.Equal(TutorEmail, Result(done, "confirmPlacement", "placement").GetProperty("hostTutor").GetProperty("email").GetString());
        Assert.Equal("IN_PROGRESS", Result(done, "startPlacement", "placement").GetProperty("status").GetString());
        Assert.Equal("COMPLETED", Result(done, "completePlacement", "placement").GetProperty("status").GetString());
    }

    [Fact]
    public async Task School_staff_of_another_school_are_told_it_does_not_exist_a_wrong_role_is_refused_and_nothing_changes()
    {
        var (coordinator, school, host) = await ArrangeAsync();
        var staffId = await NewStaffMemberAsync(coordinator, school, "hugo.roux@school.example");
        var placement = Result(await MutateAsync(coordinator, Plan, new { host, staff = staffId, callYear = 2026 }), "planPlacement", "placement").GetProperty("id").NodeKey();
        var otherSchool = await OtherMemberSchoolAsync(school);
        var outsider = await _platform.UserWithTokenAsync("staff@other-school.example", "--role", "SchoolStaff", "--works-at", otherSchool.ToString());
        var someTutor = await _platform.UserWithTokenAsync("tutor@unrelated-host.example", "--role", "HostTutor");

        var hidden = Error(await MutateAsync(outsider, $$"""
            mutation($id: ID!) { appointHostTutor(input: { placementId: $id, name: "Someone", email: "someone@host.example", position: "Chef" }) { placement { id } {{Errors}} } }
            """, new { id = placement }), "appointHostTutor");
        var cancel = Error(await MutateAsync(outsider, $$"""
            mutation($id: ID!) { cancelPlacement(input: { placementId: $id, reason: "Not ours", forceMajeure: false }) { placement { id } {{Errors}} } }
            """, new { id = placement }), "cancelPlacement");
        var refused = Error(await MutateAsync(someTutor, $$"""
            mutation($id: ID!) { cancelPlacement(input: { placementId: $id, reason: "Not mine", forceMajeure: false }) { placement { id } {{Errors}} } }
            """, new { id = placement }), "cancelPlacement");
        var after = await _platform.AsPlatformAsync("query($id: ID!) { placement(id: $id) { status hostTutor { email } } }", new { id = placement });

        // Out of the outsider's sight, the placement does not exist for them (as its lookup answers them null).
        Assert.Equal(("NotFoundError", "Placement"), (Type(hidden), hidden.GetProperty("entity").GetString()));
        Assert.Equal("NotFoundError", Type(cancel));
        Assert.Equal(("AccessDeniedError", BuildingBlocks.Security.Access.Denied), (Type(refused), refused.GetProperty("code").GetString()));
        Assert.Equal("Only consortium coordinators or school staff may cancel it.", refused.GetProperty("message").GetString());
        Assert.Equal("PLANNED", after.GetProperty("placement").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("placement").GetProperty("hostTutor").ValueKind);
    }

    [Fact]
    public async Task Bad_input_gets_a_typed_error_naming_the_field_and_writes_nothing()
    {
        var (coordinator, school, host) = await ArrangeAsync();
        var staffId = await NewStaffMemberAsync(coordinator, school, "lea.blanc@school.example");
        const string Count = "{ placements { totalCount } staff { totalCount } }";
        var before = await _platform.AsPlatformAsync(Count);

        var badYear = Error(await MutateAsync(coordinator, Plan, new { host, staff = staffId, callYear = 1999 }), "planPlacement");
        var badEmail = Error(await MutateAsync(coordinator, $$"""
            mutation($school: ID!) {
              registerStaffMember(input: { firstName: "Paul", lastName: "Noir", email: "not an e-mail", role: TEACHER, organisationId: $school }) { staffMember { id } {{Errors}} }
            }
            """, new { school }), "registerStaffMember");
        var after = await _platform.AsPlatformAsync(Count);

        Assert.Equal("InvalidInputError", Type(badYear));
        Assert.Equal(["callYear"], badYear.GetProperty("failures").EnumerateArray().Select(f => f.GetProperty("field").GetString()));
        Assert.Equal("InvalidInputError", Type(badEmail));
        Assert.Equal(["email"], badEmail.GetProperty("failures").EnumerateArray().Select(f => f.GetProperty("field").GetString()));
        Assert.Equal(before.GetRawText(), after.GetRawText());
    }

    private async Task<Guid> NewStaffMemberAsync(string token, Guid school, string email)
    {
        var data = await MutateAsync(token, $$"""
            mutation($school: ID!, $email: String!) {
              registerStaffMember(input: { firstName: "Inès", lastName: "Morel", email: $email, role: TEACHER, organisationId: $school }) { staffMember { id } {{Errors}} }
            }
            """, new { school, email });
        return Result(data, "registerStaffMember", "staffMember").GetProperty("id").NodeKey();
    }

    /// <summary>The demo coordinator's token, a member school of their consortium, and a host abroad.</summary>
    private async Task<(string Token, Guid School, Guid Host)> ArrangeAsync()
    {
        var token = await _platform.TokenAsync(PlatformRole.ConsortiumCoordinator);
        var school = (await GraphQLRequests.DataAsync(_platform.Client, "{ me { memberships { id } } }", await _platform.TokenAsync(PlatformRole.SchoolStaff)))
            .GetProperty("me").GetProperty("memberships")[0].GetProperty("id").NodeKey();
        var host = (await GraphQLRequests.DataAsync(_platform.Client,
            "{ hostOrganisations(first: 1, where: { country: { neq: \"FR\" } }, order: [{ name: ASC }]) { nodes { id } } }", token))
            .GetProperty("hostOrganisations").GetProperty("nodes")[0].GetProperty("id").NodeKey();
        return (token, school, host);
    }

    private async Task<Guid> OtherMemberSchoolAsync(Guid school)
    {
        var organisations = await GraphQLRequests.DataAsync(_platform.Client,
            "query($school: ID!) { organisations(first: 1, where: { id: { neq: $school }, kind: { eq: VOCATIONAL_SCHOOL } }) { nodes { id } } }",
            await _platform.TokenAsync(PlatformRole.ConsortiumCoordinator), new { school });
        return organisations.GetProperty("organisations").GetProperty("nodes")[0].GetProperty("id").NodeKey();
    }

    private async Task<JsonElement> MutateAsync(string token, string mutation, object? variables = null) =>
        await GraphQLRequests.DataAsync(_platform.Client, mutation, token, variables);

    /// <summary>The payload's result, which a successful mutation answers with no errors.</summary>
    private static JsonElement Result(JsonElement data, string mutation, string field)
    {
        var payload = data.GetProperty(mutation);
        Assert.True(payload.GetProperty("errors").ValueKind == JsonValueKind.Null, payload.GetRawText());
        return payload.GetProperty(field);
    }

    /// <summary>The one error of a refused mutation, whose result is null.</summary>
    private static JsonElement Error(JsonElement data, string mutation)
    {
        var payload = data.GetProperty(mutation);
        Assert.Equal(1, payload.GetProperty("errors").GetArrayLength());
        Assert.All(payload.EnumerateObject().Where(p => p.Name != "errors"), p => Assert.Equal(JsonValueKind.Null, p.Value.ValueKind));
        return payload.GetProperty("errors")[0];
    }

    private static string? Type(JsonElement error) => error.GetProperty("__typename").GetString();
}

public sealed class CoordinatorMutationScenariosOnSqlite() : CoordinatorMutationScenarios(DatabaseProvider.Sqlite);

public sealed class CoordinatorMutationScenariosOnPostgres() : CoordinatorMutationScenarios(DatabaseProvider.Postgres);
