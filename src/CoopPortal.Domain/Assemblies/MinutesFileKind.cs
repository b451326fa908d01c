namespace CoopPortal.Domain.Assemblies;

/// <summary>The files sent with an assembly's minutes.</summary>
public enum MinutesFileKind
{
    /// <summary>The minutes signed by the assembly's presiding board (required).</summary>
    SignedMinutes,

    /// <summary>The signed attendance list and proxies (optional).</summary>
    AttendanceList,
}
