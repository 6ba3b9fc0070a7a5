namespace Commerce.Api.MerchantConsole;

/// <summary>The console's one stylesheet (served from /console/console.css; the CSP allows no inline styles).</summary>
internal static class ConsoleStyle
{
    public const string Css = """
        :root { --ink:#1d2433; --muted:#5b6475; --line:#dfe3ea; --accent:#1f6feb; --warn:#b42318; --ok:#067647; --bg:#f6f7f9; }
        * { box-sizing: border-box; }
        body { margin:0; font:15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:var(--ink); background:var(--bg); }
        header { display:flex; gap:1.2rem; align-items:center; padding:.7rem 1.2rem; background:#fff; border-bottom:1px solid var(--line); flex-wrap:wrap; }
        header .brand { font-weight:700; margin-right:1rem; }
        header nav a { color:var(--ink); text-decoration:none; margin-right:.9rem; }
        header nav a[aria-current=page] { color:var(--accent); font-weight:600; }
        header .badge[hidden] { display:none; }
        header .badge { background:var(--warn); color:#fff; border-radius:999px; padding:0 .5rem; font-size:.8rem; margin-left:.25rem; }
        header .right { margin-left:auto; display:flex; gap:.8rem; align-items:center; }
        main { max-width:1100px; margin:1.2rem auto; padding:0 1.2rem; }
        h1 { font-size:1.4rem; margin:.2rem 0 1rem; }
        h2 { font-size:1.1rem; margin:1.4rem 0 .6rem; }
        .cards { display:grid; grid-template-columns:repeat(auto-fit, minmax(200px, 1fr)); gap:1rem; }
        .card { background:#fff; border:1px solid var(--line); border-radius:10px; padding:1rem; }
        .card .figure { font-size:1.8rem; font-weight:700; }
        table { width:100%; border-collapse:collapse; background:#fff; border:1px solid var(--line); border-radius:10px; overflow:hidden; }
        th, td { text-align:left; padding:.5rem .7rem; border-bottom:1px solid var(--line); vertical-align:top; }
        th { background:#fafbfc; font-weight:600; color:var(--muted); }
        form.inline { display:inline; }
        form.filters { display:flex; gap:.8rem; align-items:end; margin-bottom:1rem; flex-wrap:wrap; }
        label { display:block; font-weight:600; margin-bottom:.2rem; }
        label.check { display:flex; gap:.4rem; align-items:center; font-weight:400; }
        input[type=text], input[type=email], input[type=password], select, textarea { font:inherit; padding:.45rem .55rem; border:1px solid #c7ccd6; border-radius:6px; min-width:14rem; }
        textarea { width:100%; min-height:5rem; }
        button { font:inherit; padding:.45rem .9rem; border-radius:6px; border:1px solid var(--accent); background:var(--accent); color:#fff; cursor:pointer; }
        button.secondary { background:#fff; color:var(--accent); }
        button.danger { background:var(--warn); border-color:var(--warn); }
        .actions { display:grid; grid-template-columns:repeat(auto-fit, minmax(240px, 1fr)); gap:1rem; }
        .actions form { background:#fff; border:1px solid var(--line); border-radius:10px; padding:1rem; display:flex; flex-direction:column; gap:.6rem; }
        .notice { padding:.6rem .8rem; border-radius:8px; margin-bottom:1rem; background:#ecfdf3; color:var(--ok); border:1px solid #abefc6; }
        .error { padding:.6rem .8rem; border-radius:8px; margin-bottom:1rem; background:#fef3f2; color:var(--warn); border:1px solid #fecdca; }
        .field-error { color:var(--warn); font-size:.9rem; }
        .chat { display:flex; flex-direction:column; gap:.5rem; margin-bottom:1rem; }
        .msg { max-width:75%; padding:.5rem .75rem; border-radius:12px; word-break:break-word; }
        .msg .text { white-space:pre-wrap; }
        .msg.shopper { align-self:flex-start; background:#fff; border:1px solid var(--line); }
        .msg.bot { align-self:flex-end; background:#e8f0fe; }
        .msg.person { align-self:flex-end; background:#fff4d6; border:1px solid #f5d277; }
        .msg .meta { display:block; font-size:.75rem; color:var(--muted); margin-bottom:.15rem; }
        .msg img { max-width:220px; border-radius:8px; display:block; margin-top:.3rem; }
        .login { max-width:360px; margin:10vh auto; background:#fff; border:1px solid var(--line); border-radius:12px; padding:1.5rem; display:flex; flex-direction:column; gap:.8rem; }
        .login input { width:100%; }
        .muted { color:var(--muted); }
        input[type=number] { font:inherit; padding:.45rem .55rem; border:1px solid #c7ccd6; border-radius:6px; width:6rem; }
        a.button { display:inline-block; padding:.45rem .9rem; border-radius:6px; border:1px solid var(--accent); background:#fff; color:var(--accent); text-decoration:none; }
        .buttons { display:flex; gap:.6rem; flex-wrap:wrap; }
        form.wide { background:#fff; border:1px solid var(--line); border-radius:10px; padding:1rem; display:flex; flex-direction:column; gap:.8rem; }
        """;
}
