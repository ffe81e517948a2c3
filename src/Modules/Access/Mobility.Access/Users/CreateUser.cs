using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Mobility.Access.Data;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Contracts.Directory;

namespace Mobility.Access.Users;

/// <summary>
/// Creates a user with roles and the memberships each role needs: a coordinator coordinates consortia, school
/// staff work at organisations, a funder funds consortia, a learner is an Enrolment learner; a host tutor needs only
/// the e-mail their placements name. All or nothing.
/// </summary>
internal sealed record CreateUser(
    string Email,
    IReadOnlyList<PlatformRole> Roles,
    string Password,
    IReadOnlyList<Guid>? Coordinates = null,
    IReadOnlyList<Guid>? WorksAt = null,
    IReadOnlyList<Guid>? Funds = null,
    Guid? LearnerId = null,
    Guid? StaffMemberId = null,
    Guid? Id = null) : IRequest<Guid>;

internal sealed class CreateUserValidator : AbstractValidator<CreateUser>
{
    public CreateUserValidator()
    {
        RuleFor(r => r.Email).NotEmpty().EmailAddress().MaximumLength(256);
        RuleFor(r => r.Roles).NotEmpty();
        RuleForEach(r => r.Roles).IsInEnum();
        RuleFor(r => r.Password).NotEmpty();
    }
}

internal sealed class CreateUserHandler(
    AccessDbContext db, UserManager<AccessUser> users, IEnrolmentDirectory enrolment, TimeProvider clock)
    : IRequestHandler<CreateUser, Guid>
{
    public async Task<Guid> Handle(CreateUser request, CancellationToken cancellationToken)
    {
        var roles = request.Roles.ToHashSet();
        var coordinates = request.Coordinates ?? [];
        var worksAt = request.WorksAt ?? [];
        var funds = request.Funds ?? [];
        RequireMembershipsMatchRoles(roles, coordinates, worksAt, funds, request.LearnerId);
        await RequireKnownAsync(request, coordinates.Concat(funds).ToList(), worksAt, cancellationToken);
        var email = request.Email.Trim().ToLowerInvariant();
        Rule.Require(await users.FindByEmailAsync(email) is null, "EMAIL_TAKEN", $"A user with the e-mail {email} already exists.");

        var user = AccessUser.Create(
            request.Id ?? Guid.CreateVersion7(), email, clock.GetUtcNow().UtcDateTime, request.LearnerId, request.StaffMemberId);
        coordinates.ToList().ForEach(id => user.AddMembership(MembershipKind.Coordinates, id));
        worksAt.ToList().ForEach(id => user.AddMembership(MembershipKind.WorksAt, id));
        funds.ToList().ForEach(id => user.AddMembership(MembershipKind.Funds, id));

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Check(await users.CreateAsync(user, request.Password));
        Check(await users.AddToRolesAsync(user, roles.Select(r => r.ToString())));
        await transaction.CommitAsync(cancellationToken);
        return user.Id;
    }

    private static void RequireMembershipsMatchRoles(
        HashSet<PlatformRole> roles, IReadOnlyList<Guid> coordinates, IReadOnlyList<Guid> worksAt, IReadOnlyList<Guid> funds, Guid? learnerId)
    {
        Require(roles, PlatformRole.ConsortiumCoordinator, coordinates.Count > 0, "a consortium they coordinate");
        Require(roles, PlatformRole.SchoolStaff, worksAt.Count > 0, "an organisation they work at");
        Require(roles, PlatformRole.Funder, funds.Count > 0, "a consortium they fund");
        Require(roles, PlatformRole.Learner, learnerId is not null, "the Enrolment learner they are");
    }

    private static void Require(HashSet<PlatformRole> roles, PlatformRole role, bool hasMembership, string what)
    {
        Rule.Require(!roles.Contains(role) || hasMembership, "MEMBERSHIP_REQUIRED", $"A {role} user needs {what}.");
        Rule.Require(roles.Contains(role) || !hasMembership, "ROLE_REQUIRED", $"Only a {role} user has {what}.");
    }

    private async Task RequireKnownAsync(
        CreateUser request, List<Guid> consortia, IReadOnlyList<Guid> organisations, CancellationToken cancellationToken)
    {
        var knownConsortia = (await enrolment.GetConsortiaAsync(consortia, cancellationToken)).Select(c => c.Id).ToHashSet();
        var unknownConsortium = consortia.FirstOrDefault(id => !knownConsortia.Contains(id));
        if (unknownConsortium != Guid.Empty)
        {
            throw new NotFoundException("Consortium", unknownConsortium);
        }

        var knownOrganisations = (await enrolment.GetOrganisationsAsync(organisations, cancellationToken)).Select(o => o.Id).ToHashSet();
        var unknownOrganisation = organisations.FirstOrDefault(id => !knownOrganisations.Contains(id));
        if (unknownOrganisation != Guid.Empty)
        {
            throw new NotFoundException("Organisation", unknownOrganisation);
        }

        if (request.LearnerId is { } learnerId && (await enrolment.GetLearnersAsync([learnerId], cancellationToken)).Count == 0)
        {
            throw new NotFoundException("Learner", learnerId);
        }

        if (request.StaffMemberId is { } staffId && (await enrolment.GetStaffMembersAsync([staffId], cancellationToken)).Count == 0)
        {
            throw new NotFoundException("Staff member", staffId);
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidInputException(
                nameof(CreateUser), [.. result.Errors.Select(e => new ValidationFailure(e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email", e.Code, e.Description))]);
        }
    }
}
