using Mobility.BuildingBlocks.Domain;
using Mobility.Enrolment.Consortia;
using Mobility.Enrolment.Organisations;

namespace Mobility.Enrolment.PeerTutoring;

/// <summary>
/// A pair or trio of schools of one consortium: an experienced tutor school helps one or two newcomers to organise
/// mobility, and they note the practices they share.
/// </summary>
internal sealed class TutoringTeam
{
    private readonly List<TutoringNewcomer> _newcomers = [];
    private readonly List<SharedPractice> _sharedPractices = [];

    private TutoringTeam()
    {
    }

    public Guid Id { get; private set; }

    public Guid ConsortiumId { get; private set; }

    public Guid TutorSchoolId { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public IReadOnlyList<TutoringNewcomer> Newcomers => _newcomers;

    public IReadOnlyList<SharedPractice> SharedPractices => _sharedPractices;

    public IEnumerable<Guid> SchoolIds => _newcomers.Select(n => n.SchoolId).Prepend(TutorSchoolId);

    /// <summary>Forms a team; <paramref name="schoolsAlreadyTeamed"/> are the consortium's schools already in a team.</summary>
    public static TutoringTeam Pair(
        Guid id, Consortium consortium, Organisation tutor, IReadOnlyList<Organisation> newcomers, DateOnly startsOn,
        DateOnly endsOn, IReadOnlySet<Guid> schoolsAlreadyTeamed)
    {
        Rule.Require(newcomers.Count is 1 or 2, "TUTORING_TEAM_SIZE",
            "A tutoring team is one experienced school with one or two newcomer schools.");
        var schools = newcomers.Prepend(tutor).ToList();
        Rule.Require(schools.DistinctBy(s => s.Id).Count() == schools.Count, "TUTORING_SCHOOLS_NOT_DISTINCT",
            "The tutor and the newcomers must be different schools.");
        foreach (var school in schools)
        {
            Rule.Require(school.IsSchool, "TUTORING_SCHOOL_KIND",
                $"{school.Name} is a {school.Kind}; only vocational schools and training centres tutor each other.");
            Rule.Require(consortium.HasMember(school.Id), "NOT_A_CONSORTIUM_MEMBER",
                $"{school.Name} is not a member of {consortium.Name}.");
            Rule.Require(!schoolsAlreadyTeamed.Contains(school.Id), "SCHOOL_ALREADY_IN_TUTORING_TEAM",
                $"{school.Name} already belongs to a tutoring team of {consortium.Name}.");
        }

        Periods.RequireEndAfterStart(startsOn, endsOn, "tutoring");
        var team = new TutoringTeam
        {
            Id = id, ConsortiumId = consortium.Id, TutorSchoolId = tutor.Id, StartsOn = startsOn, EndsOn = endsOn,
        };
        team._newcomers.AddRange(newcomers.Select(n => new TutoringNewcomer(id, n.Id)));
        return team;
    }

    public SharedPractice RecordSharedPractice(Guid id, DateOnly notedOn, string note)
    {
        Rule.Require(!string.IsNullOrWhiteSpace(note), "SHARED_PRACTICE_NOTE_REQUIRED", "Say what practice was shared.");
        Rule.Require(notedOn >= StartsOn, "SHARED_PRACTICE_BEFORE_TUTORING",
            $"The tutoring started on {StartsOn:O}; a practice cannot be shared on {notedOn:O}.");
        var practice = new SharedPractice(id, Id, notedOn, note.Trim());
        _sharedPractices.Add(practice);
        return practice;
    }
}
