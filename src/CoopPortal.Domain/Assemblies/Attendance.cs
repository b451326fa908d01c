namespace CoopPortal.Domain.Assemblies;

/// <summary>Who came: the members on the register that day, those present in person and those represented by proxy.</summary>
public sealed record Attendance(MeetingCall Call, int? Members, int? Present, int? Represented)
{
    public static Attendance None { get; } = new(MeetingCall.First, null, null, null);

    /// <summary>Present and represented together (null until both are given).</summary>
    public int? Counted => Present is { } present && Represented is { } represented ? present + represented : null;
}
