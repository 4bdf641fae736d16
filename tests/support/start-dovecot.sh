#!/bin/sh
# start-dovecot.sh DIR PORT   (passwords from ALICE_PASSWORD and BOB_PASSWORD, made per run)
# Writes DIR/dovecot.conf + DIR/users and starts a private Dovecot (2.3) IMAP server
# on 127.0.0.1:PORT. Nothing under /etc is read or changed (dovecot -c uses only DIR/dovecot.conf).
# Stop with:  doveadm -c DIR/dovecot.conf stop     (or: kill $(cat DIR/run/master.pid))
set -eu
mkdir -p "$1"; D=$(cd "$1" && pwd); PORT=$2
mkdir -p "$D/run" "$D/state" "$D/mail"
if [ "$(id -u)" = 0 ]; then
  # Dovecot refuses to run its login/internal processes as root: use the
  # unprivileged accounts that Debian's dovecot-core package creates.
  LOGIN_USER=dovenull; INTERNAL_USER=dovecot; INTERNAL_GROUP=dovecot
  MAIL_UID=$(id -u dovecot); MAIL_GID=$(id -g dovecot)
  chown -R "$MAIL_UID:$MAIL_GID" "$D/mail"
  chmod 755 "$D"          # mktemp -d makes 0700 dirs; mail processes must traverse D
else
  # Unprivileged: everything runs as the invoking user.
  LOGIN_USER=$(id -un); INTERNAL_USER=$(id -un); INTERNAL_GROUP=$(id -gn)
  MAIL_UID=$(id -u); MAIL_GID=$(id -g)
fi
# passwd-file format  user:{SCHEME}password:uid:gid:gecos:home:shell:extra
printf 'alice:{PLAIN}%s:%s:%s::%s/mail/alice::\n' "$ALICE_PASSWORD" "$MAIL_UID" "$MAIL_GID" "$D" >  "$D/users"
printf 'bob:{PLAIN}%s:%s:%s::%s/mail/bob::\n' "$BOB_PASSWORD" "$MAIL_UID" "$MAIL_GID" "$D" >> "$D/users"
cat > "$D/dovecot.conf" <<CONF
# Minimal throw-away IMAP server for tests -- Dovecot 2.3 syntax (Debian 12).
protocols = imap
listen = 127.0.0.1
base_dir = $D/run
state_dir = $D/state
instance_name = test-dovecot-$PORT
log_path = $D/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_login_user = $LOGIN_USER
default_internal_user = $INTERNAL_USER
default_internal_group = $INTERNAL_GROUP
first_valid_uid = 1
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $D/users
}
userdb {
  driver = passwd-file
  args = username_format=%u $D/users
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = $PORT
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
CONF
exec dovecot -c "$D/dovecot.conf"
