;;; emacs-check.el --- real-editor check for Emacs 28 + eglot 1.9 (run by test/editors/emacs.test.ts)  -*- lexical-binding: t -*-
;;
;;   emacs --batch -l emacs-check.el
;;
;; Environment: DECORUM_SERVER (absolute path of dist/server.js), DECORUM_FIRST and DECORUM_SECOND
;; (two copies of the post), DECORUM_RESULT (JSON file to write), DECORUM_DISCLAIMER.
;; Exits 0 on success, 1 on failure; the JSON says which step failed and why.
;; Never records document text: only rule ids, action titles, counts and booleans.
;;
;; In --batch, eglot sends didChange from an idle timer that never fires, so this script calls
;; `eglot--signal-textDocument/didChange' itself after every edit.

(require 'cl-lib)
(require 'json)
(require 'subr-x)

(defvar decorum-result nil "Alist written as JSON at the end.")
(defvar decorum-started (float-time))
(defvar decorum-steps nil)

(defun decorum-env (name)
  (or (getenv name) (error "%s not set" name)))

(defun decorum-put (key value)
  (setf (alist-get key decorum-result) value))

(defun decorum-ms ()
  (round (* 1000 (- (float-time) decorum-started))))

(defun decorum-step (name)
  (push `((name . ,name) (ms . ,(decorum-ms))) decorum-steps))

(defun decorum-finish (ok reason)
  (decorum-put 'ok (if ok t :json-false))
  (when reason (decorum-put 'reason reason))
  (unless ok ; the server's stderr (eglot keeps it in a buffer); the server never logs document text
    (dolist (b (buffer-list))
      (when (string-match-p "\\` ?\\*EGLOT.*stderr\\*\\'" (buffer-name b))
        (with-current-buffer b
          (decorum-put 'server_stderr (buffer-substring-no-properties (max (point-min) (- (point-max) 3000)) (point-max)))))))
  (decorum-put 'ms (decorum-ms))
  (decorum-put 'steps (vconcat (reverse decorum-steps)))
  (with-temp-file (decorum-env "DECORUM_RESULT")
    (insert (json-encode decorum-result)))
  (kill-emacs (if ok 0 1)))

(define-error 'decorum-failure "Decorum check failed")
(defun decorum-fail (fmt &rest args)
  (signal 'decorum-failure (list (apply #'format fmt args))))

(defun decorum-wait (what seconds pred)
  "Process server output until PRED is non-nil, or fail after SECONDS."
  (let ((deadline (+ (float-time) seconds)))
    (while (not (funcall pred))
      (when (> (float-time) deadline)
        (decorum-fail "timed out after %ss waiting for %s" seconds what))
      (accept-process-output nil 0.02))))

(defun decorum-diag-code (diag)
  (plist-get (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data diag))) :code))

(defun decorum-diags (&optional code)
  "Decorum flymake diagnostics in the current buffer (with CODE, if given)."
  (cl-remove-if-not
   (lambda (d)
     (let ((lsp (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d)))))
       (and lsp (equal (plist-get lsp :source) "decorum")
            (or (null code) (equal (plist-get lsp :code) code)))))
   (flymake-diagnostics)))

(defun decorum-codes ()
  (vconcat (sort (mapcar #'decorum-diag-code (decorum-diags)) #'string<)))

(defun decorum-ends-with-disclaimer ()
  (let ((text (string-trim-right (buffer-substring-no-properties (point-min) (point-max)))))
    (string-suffix-p (decorum-env "DECORUM_DISCLAIMER") text)))

(defun decorum-sync ()
  "Send pending changes (batch mode has no idle timers) and re-run flymake."
  (eglot--signal-textDocument/didChange)
  (flymake-start))

(defun decorum-open (file label)
  "Visit FILE, wait until eglot manages it and the disclaimer diagnostic shows."
  (find-file file)
  (decorum-wait (format "eglot to manage %s" label) 15 (lambda () (bound-and-true-p eglot--managed-mode)))
  (flymake-start)
  (decorum-wait (format "the affiliation.disclaimer diagnostic on %s" label) 15
                (lambda () (decorum-diags "affiliation.disclaimer")))
  (current-buffer))

(defun decorum-main ()
  (unless (require 'eglot nil t) (decorum-fail "eglot is not installed (Debian package elpa-eglot)"))
  (let* ((server-js (decorum-env "DECORUM_SERVER"))
         (first (decorum-env "DECORUM_FIRST"))
         (second (decorum-env "DECORUM_SECOND"))
         (dir (file-name-as-directory (file-name-directory first))))
    (setq eglot-confirm-server-initiated-edits nil
          eglot-events-buffer-size 0
          eglot-sync-connect 10
          eglot-autoshutdown nil)
    ;; no markdown-mode in a bare Emacs: a stand-in mode, and a project rooted at the temp dir so
    ;; the second file is managed by the same server
    (define-derived-mode markdown-mode text-mode "Markdown")
    (add-to-list 'auto-mode-alist '("\\.md\\'" . markdown-mode))
    (add-hook 'project-find-functions (lambda (_d) (cons 'transient dir)))
    (add-to-list 'eglot-server-programs `(markdown-mode . ("node" ,server-js "--stdio")))

    ;; 1. first buffer: start eglot, wait for the disclaimer diagnostic
    (find-file first)
    (when (decorum-ends-with-disclaimer) (decorum-fail "the post already ends with the disclaimer"))
    (apply #'eglot (eglot--guess-contact))
    (let ((buf1 (decorum-open first "the first buffer"))
          (server (eglot-current-server)))
      (decorum-put 'codes_before (decorum-codes))
      (decorum-step "diagnostics")

      ;; 2. quick-fix: textDocument/codeAction over the diagnostic, apply its WorkspaceEdit
      (with-current-buffer buf1
        (let* ((d (car (decorum-diags "affiliation.disclaimer")))
               (actions (eglot-code-actions (flymake-diagnostic-beg d) (flymake-diagnostic-end d) "quickfix"))
               (fix (cl-find-if (lambda (a) (and (eq (plist-get a :isPreferred) t) (plist-get a :edit))) actions)))
          (decorum-put 'actions (vconcat (mapcar (lambda (a) (plist-get a :title)) actions)))
          (unless fix (decorum-fail "no preferred quick-fix with an edit among %d actions" (length actions)))
          (decorum-put 'quickfix_title (plist-get fix :title))
          (eglot--apply-workspace-edit (plist-get fix :edit))
          (decorum-put 'quickfix_applied (if (decorum-ends-with-disclaimer) t :json-false))
          (unless (decorum-ends-with-disclaimer) (decorum-fail "after the quick-fix the buffer does not end with the disclaimer"))
          (decorum-sync)
          (decorum-wait "the disclaimer diagnostic to clear after the quick-fix" 10
                        (lambda () (with-current-buffer buf1 (null (decorum-diags "affiliation.disclaimer")))))
          (decorum-put 'codes_after_quickfix (decorum-codes))))
      (decorum-step "quickfix")

      ;; 3. command path on a second buffer: workspace/executeCommand -> server sends
      ;;    workspace/applyEdit, which eglot's handler applies
      (let ((buf2 (decorum-open second "the second buffer")))
        (unless (eq (eglot-current-server) server) (decorum-fail "the second buffer got another server"))
        (with-current-buffer buf2
          (let ((r (eglot-execute-command server 'decorum.insertDisclaimer
                                          (vector (eglot--path-to-uri buffer-file-name)))))
            (decorum-put 'command_result r)
            (unless (eq (plist-get r :applied) t) (decorum-fail "the server says the command was not applied: %S" r)))
          (decorum-put 'command_applied (if (decorum-ends-with-disclaimer) t :json-false))
          (unless (decorum-ends-with-disclaimer) (decorum-fail "after decorum.insertDisclaimer the buffer does not end with the disclaimer"))
          (decorum-sync)
          (decorum-wait "the disclaimer diagnostic to clear after the command" 10
                        (lambda () (with-current-buffer buf2 (null (decorum-diags "affiliation.disclaimer")))))
          (decorum-put 'codes_after_command (decorum-codes))
          (decorum-step "command")
          ;; 4. the command again: nothing left to insert
          (decorum-put 'command_again (eglot-execute-command server 'decorum.insertDisclaimer
                                                              (vector (eglot--path-to-uri buffer-file-name))))
          (decorum-step "command-again"))))))

(condition-case err
    (progn (decorum-main) (decorum-finish t nil))
  (decorum-failure (decorum-finish nil (cadr err)))
  (error (decorum-finish nil (format "%S" err))))
