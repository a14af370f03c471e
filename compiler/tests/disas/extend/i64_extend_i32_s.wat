;; `i64.extend_i32_s` of a local.

(module
  (func (export "f") (param $a i32) (result i64)
    (i64.extend_i32_s (local.get $a))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000028
;;     1e: mov     eax,[rbp+0x10]
;;     23: movsxd  rax,eax
;;     26: leave
;;     27: ret
;;     28: cmp     dword ptr [r11+0x14],0
;;     31: jne     0x0000000000000047
;;     37: cmp     rax,[r11+0x38]
;;     3c: jb      0x0000000000000061
;;     42: jmp     0x000000000000001E
;;     47: mov     r11,[r14]
;;     4c: mov     qword ptr [r11+0x18],0x1F
;;     55: mov     eax,0xA
;;     5b: mov     rsp,[r11+8]
;;     60: ret
;;     61: mov     r11,[r14]
;;     66: mov     qword ptr [r11+0x18],0x1F
;;     6f: mov     eax,9
;;     75: mov     rsp,[r11+8]
;;     7a: ret
