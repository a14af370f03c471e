;; `ref.is_null` of a local.

(module
  (func (export "f") (param $r externref) (result i32)
    (ref.is_null (local.get $r))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000032
;;     1e: mov     rax,[rbp+0x10]
;;     23: test    rax,rax
;;     26: sete    al
;;     2a: movzx   eax,al
;;     2e: leave
;;     2f: ret     8
;;     32: cmp     dword ptr [r11+0x14],0
;;     3b: jne     0x0000000000000051
;;     41: cmp     rax,[r11+0x38]
;;     46: jb      0x000000000000006B
;;     4c: jmp     0x000000000000001E
;;     51: mov     r11,[r14]
;;     56: mov     qword ptr [r11+0x18],0x1F
;;     5f: mov     eax,0xA
;;     65: mov     rsp,[r11+8]
;;     6a: ret
;;     6b: mov     r11,[r14]
;;     70: mov     qword ptr [r11+0x18],0x1F
;;     79: mov     eax,9
;;     7f: mov     rsp,[r11+8]
;;     84: ret
