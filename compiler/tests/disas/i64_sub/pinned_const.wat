;; A pinned local minus a constant: a `lea` with the negated constant.

(module
  (func (export "f") (param $a i64) (result i64)
    (drop (local.get $a)) (drop (local.get $a))
    (i64.sub (local.get $a) (i64.const 16))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000002C
;;     1e: mov     r10,[rbp+0x10]
;;     23: lea     rax,[r10-0x10]
;;     28: leave
;;     29: ret     8
;;     2c: cmp     dword ptr [r11+0x14],0
;;     35: jne     0x000000000000004B
;;     3b: cmp     rax,[r11+0x38]
;;     40: jb      0x0000000000000065
;;     46: jmp     0x000000000000001E
;;     4b: mov     r11,[r14]
;;     50: mov     qword ptr [r11+0x18],0x1F
;;     59: mov     eax,0xA
;;     5f: mov     rsp,[r11+8]
;;     64: ret
;;     65: mov     r11,[r14]
;;     6a: mov     qword ptr [r11+0x18],0x1F
;;     73: mov     eax,9
;;     79: mov     rsp,[r11+8]
;;     7e: ret
