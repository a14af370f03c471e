;; Two pinned locals (each read three times): one is copied, the other read in its
;; register.

(module
  (func (export "f") (param $a i64) (param $b i64) (result i64)
    (drop (local.get $a)) (drop (local.get $a)) (drop (local.get $b)) (drop (local.get $b))
    (i64.add (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000032
;;     1e: mov     r10,[rbp+0x18]
;;     23: mov     r9,[rbp+0x10]
;;     28: mov     rax,r10
;;     2b: add     rax,r9
;;     2e: leave
;;     2f: ret     0x10
;;     32: cmp     dword ptr [r11+0x14],0
;;     3b: jne     0x0000000000000051
;;     41: cmp     rax,[r11+0x38]
;;     46: jb      0x000000000000006B
;;     4c: jmp     0x000000000000001E
;;     51: mov     r11,[r14]
;;     56: mov     qword ptr [r11+0x18],0x20
;;     5f: mov     eax,0xA
;;     65: mov     rsp,[r11+8]
;;     6a: ret
;;     6b: mov     r11,[r14]
;;     70: mov     qword ptr [r11+0x18],0x20
;;     79: mov     eax,9
;;     7f: mov     rsp,[r11+8]
;;     84: ret
