/** HTML pages of the OpenID Provider, Chinese first with English beside it. */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const STYLE = `body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;background:#f3f5f8;margin:0}
main{max-width:22rem;margin:3rem auto;background:#fff;padding:1.5rem 2rem;border-radius:8px;box-shadow:0 1px 4px rgba(0,0,0,.15)}
h1{font-size:1.3rem;margin:0 0 .25rem}p.sub{color:#555;margin:0 0 1rem}label{display:block;margin:.75rem 0 .25rem}
input{width:100%;box-sizing:border-box;font-size:1rem;padding:.5rem;border:1px solid #bbb;border-radius:4px}
button{margin-top:1rem;width:100%;font-size:1rem;padding:.6rem;border:0;border-radius:4px;background:#1d5fbf;color:#fff;cursor:pointer}
.error{color:#b00020}small{color:#777}`;

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body><main>${body}</main></body>
</html>`;
}

export interface LoginPageInput {
  /** Form target, such as `/oidc/interaction/<uid>/login`. */
  action: string;
  clientName: string;
  /** Account typed before, shown again after a failed attempt. */
  account?: string;
  error?: string;
}

/** The sign-in form of the single sign-on service. */
export function loginPage(input: LoginPageInput): string {
  const error = input.error
    ? `<p class="error" role="alert">${escapeHtml(input.error)}</p>`
    : '';
  return page(
    '渝快办统一身份认证 · Sign in',
    `<h1>渝快办统一身份认证</h1>
<p class="sub">登录以继续使用：${escapeHtml(input.clientName)}<br><small>Sign in to continue to ${escapeHtml(input.clientName)}</small></p>
${error}
<form method="post" action="${escapeHtml(input.action)}">
<label for="account">账号 <small>Account</small></label>
<input id="account" name="account" autocomplete="username" required value="${escapeHtml(input.account ?? '')}">
<label for="password">密码 <small>Password</small></label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">登录 Sign in</button>
</form>`,
  );
}

/** The confirmation page of RP-initiated logout; `form` is the provider's hidden form with its XSRF token. */
export function logoutPage(form: string): string {
  return page(
    '退出登录 · Sign out',
    `<h1>退出渝快办统一身份认证？</h1>
<p class="sub">将同时退出所有通过统一身份认证登录的部门业务系统。<br><small>You will be signed out of every departmental system you entered with single sign-on.</small></p>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>退出 Sign out</button>
<button type="submit" form="op.logoutForm">保持登录 Stay signed in</button>`,
  );
}

/** The page shown after a logout that has no post-logout redirect URI. */
export function loggedOutPage(): string {
  return page(
    '已退出 · Signed out',
    `<h1>已退出登录</h1><p class="sub">您已退出统一身份认证。<br><small>You are signed out.</small></p>`,
  );
}

/** An error page with the OAuth error code and the provider's description, never a stack trace. */
export function errorPage(code: string, description?: string): string {
  return page(
    '出错了 · Error',
    `<h1>请求无法完成</h1>
<p class="sub">请返回业务系统重新登录。<br><small>The request could not be completed; go back to the departmental system and sign in again.</small></p>
<p class="error"><code>${escapeHtml(code)}</code>${description ? ` ${escapeHtml(description)}` : ''}</p>`,
  );
}
