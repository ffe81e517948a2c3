namespace Mobility.Enrolment.Qualifications;

/// <summary>A unit of a qualification; optional units include the French mobility unit (UFM).</summary>
internal sealed class QualificationUnit
{
    public const int CodeMaxLength = 20;
    public const int TitleMaxLength = 300;

    private QualificationUnit()
    {
    }

    public QualificationUnit(Guid id, Guid qualificationId, string code, string title, bool isOptional)
    {
        Id = id;
        QualificationId = qualificationId;
        Code = code;
        Title = title;
        IsOptional = isOptional;
    }

    public Guid Id { get; private set; }

    public Guid QualificationId { get; private set; }

    public string Code { get; private set; } = "";

    public string Title { get; private set; } = "";

    public bool IsOptional { get; private set; }
}
