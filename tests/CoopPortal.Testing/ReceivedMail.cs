namespace CoopPortal.Testing;

public sealed record ReceivedMail(string From, IReadOnlyList<string> To, string Data);
