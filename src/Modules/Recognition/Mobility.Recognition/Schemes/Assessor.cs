namespace Mobility.Recognition.Schemes;

/// <summary>Who assesses one part of a unit: the host tutor abroad, or the sending school on return.</summary>
internal enum Assessor
{
    HostTutor,
    SendingSchool,
}
