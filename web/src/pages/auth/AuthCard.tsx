import type { FormEvent, ReactNode } from 'react';
import '../../styles/auth.css';

/** The narrow card of the sign-in, set-up, password and link pages. */
export const AuthCard = (props: { title: string; intro?: ReactNode; onSubmit?: () => void; children: ReactNode }) => {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit?.();
  };
  const body = (
    <>
      <h1 id="auth-title">{props.title}</h1>
      {props.intro && <p className="section-intro">{props.intro}</p>}
      {props.children}
    </>
  );
  return props.onSubmit ? (
    <form className="panel auth-card" onSubmit={submit} noValidate aria-labelledby="auth-title">
      {body}
    </form>
  ) : (
    <section className="panel auth-card" aria-labelledby="auth-title">
      {body}
    </section>
  );
};

/** The password rules, shown beside every password form (the server checks them too). */
export const PasswordRules = (props: { title: string; rules: string[] }) => (
  <div className="password-rules">
    <p>{props.title}</p>
    <ul>
      {props.rules.map((rule) => (
        <li key={rule}>{rule}</li>
      ))}
    </ul>
  </div>
);
