;; `return_call_indirect`: the bounds, null and signature checks of `call_indirect`
;; come before the frame is replaced; the jump goes through the `VMFuncRef`, switching
;; `VMContext` and passing ours in `r11` for a host-call stub.

(module
  (type $sig (func (param i32) (result i32)))
  (table $t 2 funcref)
  (func (export "f") (param $i i32) (param $a i32) (result i32)
    (return_call_indirect $t (type $sig) (local.get $a) (local.get $i))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x60]
;;     13: cmp     rax,[r11]
;;     18: jb      0x00000000000000A7
;;     1e: mov     eax,[rbp+0x18]
;;     23: push    qword ptr [rbp+0x10]
;;     28: mov     r11,[r14+0x10]
;;     2d: cmp     rax,[r11+8]
;;     32: jae     0x00000000000000FA
;;     38: mov     r11,[r11]
;;     3d: mov     rcx,[r11+rax*8]
;;     42: test    rcx,rcx
;;     45: jne     0x000000000000005A
;;     4b: mov     r11,[r14]
;;     50: mov     [r11+0x30],rax
;;     55: jmp     0x0000000000000114
;;     5a: cmp     dword ptr [rcx+0x10],0
;;     63: jne     0x000000000000012E
;;     69: push    qword ptr [rbp+8]
;;     6e: push    qword ptr [rbp]
;;     73: mov     r11,[rbp-0x10]
;;     78: mov     [rbp+0x18],r11
;;     7d: mov     r11,[rbp-0x18]
;;     82: mov     [rbp+0x10],r11
;;     87: mov     r11,[rbp-0x20]
;;     8c: mov     [rbp+8],r11
;;     91: lea     rsp,[rbp+8]
;;     95: pop     rbp
;;     96: mov     r11,r14
;;     99: mov     r14,[rcx+8]
;;     9e: jmp     qword ptr [rcx]
;;     a3: leave
;;     a4: ret     0x10
;;     a7: cmp     dword ptr [r11+0x14],0
;;     b0: jne     0x00000000000000C6
;;     b6: cmp     rax,[r11+0x38]
;;     bb: jb      0x00000000000000E0
;;     c1: jmp     0x000000000000001E
;;     c6: mov     r11,[r14]
;;     cb: mov     qword ptr [r11+0x18],0x2B
;;     d4: mov     eax,0xA
;;     da: mov     rsp,[r11+8]
;;     df: ret
;;     e0: mov     r11,[r14]
;;     e5: mov     qword ptr [r11+0x18],0x2B
;;     ee: mov     eax,9
;;     f4: mov     rsp,[r11+8]
;;     f9: ret
;;     fa: mov     r11,[r14]
;;     ff: mov     qword ptr [r11+0x18],0x30
;;    108: mov     eax,6
;;    10e: mov     rsp,[r11+8]
;;    113: ret
;;    114: mov     r11,[r14]
;;    119: mov     qword ptr [r11+0x18],0x30
;;    122: mov     eax,7
;;    128: mov     rsp,[r11+8]
;;    12d: ret
;;    12e: mov     r11,[r14]
;;    133: mov     qword ptr [r11+0x18],0x30
;;    13c: mov     eax,8
;;    142: mov     rsp,[r11+8]
;;    147: ret
