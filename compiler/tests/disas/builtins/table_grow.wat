;; `table.grow` with a null initial value.

(module
  (table $t 1 funcref)
  (func (export "f") (param $delta i32) (result i32)
    (table.grow $t (ref.null func) (local.get $delta))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x50]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000005C
;;     1e: push    qword ptr [rbp+0x10]
;;     23: mov     ecx,[rbp-0x10]
;;     28: lea     rsp,[rsp+8]
;;     2d: xor     edx,edx
;;     30: xor     esi,esi
;;     33: mov     rdi,r14
;;     36: mov     r11,rsp
;;     39: and     rsp,0xFFFFFFFFFFFFFFF0
;;     3d: sub     rsp,8
;;     41: push    r11
;;     43: mov     r11,[r14]
;;     48: call    qword ptr [r11+0x70] ; table.grow
;;     4d: mov     rsp,[rsp]
;;     51: test    edx,edx
;;     54: jne     0x00000000000000AF
;;     5a: leave
;;     5b: ret
;;     5c: cmp     dword ptr [r11+0x14],0
;;     65: jne     0x000000000000007B
;;     6b: cmp     rax,[r11+0x38]
;;     70: jb      0x0000000000000095
;;     76: jmp     0x000000000000001E
;;     7b: mov     r11,[r14]
;;     80: mov     qword ptr [r11+0x18],0x25
;;     89: mov     eax,0xA
;;     8f: mov     rsp,[r11+8]
;;     94: ret
;;     95: mov     r11,[r14]
;;     9a: mov     qword ptr [r11+0x18],0x25
;;     a3: mov     eax,9
;;     a9: mov     rsp,[r11+8]
;;     ae: ret
;;     af: mov     r11,[r14]
;;     b4: mov     qword ptr [r11+0x18],0x2A
;;     bd: mov     eax,edx
;;     c0: mov     rsp,[r11+8]
;;     c5: ret
