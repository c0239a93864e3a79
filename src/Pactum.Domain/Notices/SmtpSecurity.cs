namespace Pactum.Domain.Notices;

/// <summary>
/// How the connection to the SMTP server is secured: the settings file's <c>smtp.security</c> (docs/notices.md). With a
/// login, TLS is required unless the file says <c>security: none</c> in so many words.
/// </summary>
public enum SmtpSecurity
{
    /// <summary>
    /// Not written. With a login: as <see cref="StartTls"/> (required). Without one: TLS from the start on port 465,
    /// elsewhere STARTTLS when the server offers it, plain otherwise.
    /// </summary>
    Default,

    /// <summary><c>starttls</c>: connect plainly, then STARTTLS; a server that does not offer it fails the delivery.</summary>
    StartTls,

    /// <summary><c>tls</c>: TLS from the first byte (usually port 465).</summary>
    Tls,

    /// <summary><c>none</c>: no TLS at all, even with a login (only for a server on a trusted network).</summary>
    None,
}
